package org.canbo.extract.place;

import java.util.List;
import org.canbo.nlp.ner.AdminUnit;

/**
 * A unit name found in the text before disambiguation: the span of the whole mention (type word
 * included when written), the span of the name, the type it was written or implied with, and every
 * gazetteer unit of that type and name.
 */
record PlaceCandidate(int start, int end, int nameStart, String type, List<AdminUnit> units) {
  PlaceCandidate {
    units = List.copyOf(units);
    if (units.isEmpty() || start > nameStart || nameStart >= end) {
      throw new IllegalArgumentException("bad place candidate [" + start + ", " + end + ")");
    }
  }
}
