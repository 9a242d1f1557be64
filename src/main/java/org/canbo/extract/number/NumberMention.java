package org.canbo.extract.number;

import java.math.BigDecimal;

/**
 * A number found in text: {@code [start, end)} covers the digits or number words (with "%" and
 * "nghìn"/"triệu" multipliers), {@code qualifierStart} the approximating qualifier before it
 * ("gần", "hơn"...) or {@code start} when there is none; {@code kind} is "count", "percent" or
 * "ratio" (then {@code denominator} is set). {@code phraseEnd} is where the whole number phrase
 * ends: past the upper bound for the lower bound of a range ("80-90 đại biểu", whose counted noun
 * follows the 90), else {@code end}.
 */
public record NumberMention(
    int qualifierStart, int start, int end, BigDecimal value, String kind, BigDecimal denominator,
    boolean approx, int phraseEnd) {

  public NumberMention {
    if (qualifierStart > start || start < 0 || end <= start || value == null || kind == null
        || phraseEnd < end) {
      throw new IllegalArgumentException(
          "bad number mention [" + qualifierStart + ", " + start + ", " + end + ") " + value);
    }
  }

  /** A mention whose phrase ends where its number does. */
  public NumberMention(int qualifierStart, int start, int end, BigDecimal value, String kind,
      BigDecimal denominator, boolean approx) {
    this(qualifierStart, start, end, value, kind, denominator, approx, end);
  }

  /** Whether this is the lower bound of a range, its noun after the upper bound. */
  public boolean isRangeStart() {
    return phraseEnd > end;
  }

  /** This mention as one bound of a range: approximate, the phrase ending at {@code newPhraseEnd}. */
  public NumberMention asRangeBound(int newPhraseEnd) {
    return new NumberMention(qualifierStart, start, end, value, kind, denominator, true,
        Math.max(end, newPhraseEnd));
  }

  public boolean isPercent() {
    return "percent".equals(kind);
  }

  public boolean isRatio() {
    return "ratio".equals(kind);
  }
}
