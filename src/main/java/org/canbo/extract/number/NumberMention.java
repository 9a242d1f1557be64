package org.canbo.extract.number;

import java.math.BigDecimal;

/**
 * A number found in text: {@code [start, end)} covers the digits or number words (with "%" and
 * "nghìn"/"triệu" multipliers), {@code qualifierStart} the approximating qualifier before it
 * ("gần", "hơn"...) or {@code start} when there is none; {@code kind} is "count", "percent" or
 * "ratio" (then {@code denominator} is set).
 */
public record NumberMention(
    int qualifierStart, int start, int end, BigDecimal value, String kind, BigDecimal denominator,
    boolean approx) {

  public NumberMention {
    if (qualifierStart > start || start < 0 || end <= start || value == null || kind == null) {
      throw new IllegalArgumentException(
          "bad number mention [" + qualifierStart + ", " + start + ", " + end + ") " + value);
    }
  }

  public boolean isPercent() {
    return "percent".equals(kind);
  }

  public boolean isRatio() {
    return "ratio".equals(kind);
  }
}
