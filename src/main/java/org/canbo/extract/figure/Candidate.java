package org.canbo.extract.figure;

import org.canbo.extract.number.NumberMention;
import org.canbo.nlp.sentence.Sentence;

/**
 * A number that may be a figure, before it is decided: the mention, its sentence, the counted noun
 * ({@code unitStart == unitEnd} when elided or a percentage), the unit text (a written or an
 * inherited noun, null when none) and its class; {@code elided} when no noun follows the number
 * ("Khiển trách 26", "huyện: 208", "11 nữ"); {@code cell} is set for a number filling a table
 * cell, whose column header and row head say what it counts.
 */
record Candidate(NumberMention number, Sentence sentence, int unitStart, int unitEnd, String unit,
    UnitClass unitClass, boolean elided, TableCells.Position cell) {

  Candidate(NumberMention number, Sentence sentence, int unitStart, int unitEnd, String unit,
      UnitClass unitClass, boolean elided) {
    this(number, sentence, unitStart, unitEnd, unit, unitClass, elided, null);
  }

  /** Offset just after the number and its written unit. */
  int tailEnd() {
    return Math.max(number.end(), unitEnd);
  }

  boolean isCount() {
    return "count".equals(number.kind());
  }

  /** Whether the number is written with digits (figures in words are optional in the schema). */
  boolean hasDigits(String text) {
    for (int i = number.start(); i < number.end(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
