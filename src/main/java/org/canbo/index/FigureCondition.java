package org.canbo.index;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.extract.figure.FigureCategory;
import org.canbo.model.UserInputException;

/**
 * A filter on an article's figures, written {@code category op number} ("rotation>=50",
 * "discipline>0", "nonlocal_leader=50"; the category also by its Vietnamese label, with or without
 * diacritics: "luân chuyển>=50", "ky luat>0", see {@link FigureCategory#byName}): the article
 * matches when one of its figures of that category has such a value.
 */
public record FigureCondition(String category, String operator, BigDecimal value) {
  private static final Pattern SYNTAX =
      Pattern.compile("\\s*([^<>=]+?)\\s*(>=|<=|=|>|<)\\s*([0-9]+(?:[.,][0-9]+)?)\\s*");

  public FigureCondition {
    if (category == null || !category.matches("[a-z_]+")) {
      throw new UserInputException("figure category must be a word like rotation, got " + category);
    }
    if (!operator.matches(">=|<=|=|>|<")) {
      throw new UserInputException("figure operator must be one of >= <= = > <, got " + operator);
    }
  }

  /**
   * Parses "rotation>=50" or "luân chuyển>=50"; IllegalArgumentException with the expected form,
   * or the known categories, otherwise.
   */
  public static FigureCondition parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new UserInputException("cannot read the figure condition '" + text
          + "': write CATEGORY OP NUMBER, e.g. rotation>=50, luân chuyển>=50 or discipline>0");
    }
    FigureCategory category = FigureCategory.byName(m.group(1)).orElseThrow(() ->
        new UserInputException("unknown figure category '" + m.group(1) + "' in '" + text
            + "': use one of " + FigureCategory.describeAll()));
    return new FigureCondition(category.code(), m.group(2),
        new BigDecimal(m.group(3).replace(',', '.')));
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
