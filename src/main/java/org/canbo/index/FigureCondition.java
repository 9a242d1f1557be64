package org.canbo.index;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filter on an article's figures, written {@code category op number} ("rotation>=50",
 * "discipline>0", "nonlocal_leader=50"): the article matches when one of its figures of that
 * category has such a value.
 */
public record FigureCondition(String category, String operator, BigDecimal value) {
  private static final Pattern SYNTAX =
      Pattern.compile("\\s*([a-z_]+)\\s*(>=|<=|=|>|<)\\s*([0-9]+(?:[.,][0-9]+)?)\\s*");

  public FigureCondition {
    if (category == null || !category.matches("[a-z_]+")) {
      throw new IllegalArgumentException("figure category must be a word like rotation, got " + category);
    }
    if (!operator.matches(">=|<=|=|>|<")) {
      throw new IllegalArgumentException("figure operator must be one of >= <= = > <, got " + operator);
    }
  }

  /** Parses "rotation>=50"; IllegalArgumentException with the expected form otherwise. */
  public static FigureCondition parse(String text) {
    Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot read the figure condition '" + text
          + "': write CATEGORY OP NUMBER, e.g. rotation>=50 or discipline>0");
    }
    return new FigureCondition(m.group(1), m.group(2), new BigDecimal(m.group(3).replace(',', '.')));
  }

  /** Lowest matching value (inclusive), as a double for the point query. */
  double lower() {
    double v = value.doubleValue();
    return switch (operator) {
      case ">" -> Math.nextUp(v);
      case ">=", "=" -> v;
      default -> Double.NEGATIVE_INFINITY;
    };
  }

  /** Highest matching value (inclusive). */
  double upper() {
    double v = value.doubleValue();
    return switch (operator) {
      case "<" -> Math.nextDown(v);
      case "<=", "=" -> v;
      default -> Double.POSITIVE_INFINITY;
    };
  }

  @Override
  public String toString() {
    return category + operator + value.toPlainString();
  }
}
