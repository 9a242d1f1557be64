package org.canbo.extract.figure;

import org.canbo.extract.number.NumberMention;
import org.canbo.nlp.sentence.Sentence;

/**
 * A number admitted as a figure before its attributes are resolved: the mention, its sentence,
 * the counted noun ({@code unitStart == unitEnd} when elided or a percentage) and the unit text.
 */
record Candidate(NumberMention number, Sentence sentence, int unitStart, int unitEnd, String unit) {

  /** Offset just after the number and its written unit. */
  int tailEnd() {
    return Math.max(number.end(), unitEnd);
  }

  boolean isCount() {
    return "count".equals(number.kind());
  }
}
