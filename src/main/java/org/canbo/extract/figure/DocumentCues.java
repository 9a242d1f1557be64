package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary's phrases in one document, found once per type over the whole text and then
 * read by range: the extractor asks for the cues of a clause, a sentence or a stretch before a
 * number many times per figure. Phrases never span the punctuation that bounds those ranges, so
 * this gives what {@link Vocabulary#find} on each range gives. Thread-confined, one per document.
 */
final class DocumentCues {
  private final Vocabulary vocabulary;
  private final String norm;
  private final Map<String, List<Cue>> byType = new HashMap<>();
  private boolean documentTypesFound;

  DocumentCues(Vocabulary vocabulary, String norm) {
    this.vocabulary = vocabulary;
    this.norm = norm;
  }

  /** The lower-cased canonical text the cues were found in. */
  String norm() {
    return norm;
  }

  /** The phrases of {@code type} lying within {@code [from, to)}, in text order. */
  List<Cue> find(String type, int from, int to) {
    if (!documentTypesFound && Vocabulary.DOCUMENT_TYPES.contains(type)) {
      byType.putAll(vocabulary.findDocumentTypes(norm)); // all of them in one walk
      documentTypesFound = true;
    }
    List<Cue> all = byType.computeIfAbsent(type, t -> vocabulary.find(t, norm, 0, norm.length()));
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Cue> out = new ArrayList<>();
    for (int i = lo; i < all.size() && all.get(i).start() < to; i++) {
      if (all.get(i).end() <= to) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /** Whether any phrase of {@code type} lies within {@code [from, to)}. */
  boolean any(String type, int from, int to) {
    return !find(type, from, to).isEmpty();
  }
}
