package org.canbo.index;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.extract.figure.FigureCategory;
import org.canbo.model.UserInputException;
import org.canbo.model.Comparison;

/**
 * A filter on an article's figures, written {@code category op number} ("rotation>=50",
 * "discipline>0", "nonlocal_leader=50"; the category also by its Vietnamese label, with or without
 * diacritics: "luân chuyển>=50", "ky luat>0", see {@link FigureCategory#byName}): the article
 * matches when one of its figures of that category has such a value.
 */
public record FigureCondition(String category, Comparison operator, BigDecimal value) {
  private static final Pattern SYNTAX = Pattern.compile("\\s*([^<>=]+?)\\s*("
      + Comparison.pattern(Comparison.ORDERING) + ")\\s*([0-9]+(?:[.,][0-9]+)?)\\s*");

  public FigureCondition {
    if (category == null || !category.matches("[a-z_]+")) {
      throw new UserInputException("figure category must be a word like rotation, got " + category);
    }
    if (!Comparison.ORDERING.contains(operator)) {
      throw new UserInputException("figure operator must be one of "
          + Comparison.describe(Comparison.ORDERING) + ", got " + operator);
    }
  }

  /** The condition with its operator written as a symbol ("&gt;="). */
  public FigureCondition(String category, String operator, BigDecimal value) {
    this(category, Comparison.parse(operator), value);
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

  /** Whether a figure of {@code category} with this value satisfies the condition. */
  public boolean test(String figureCategory, BigDecimal figureValue) {
    return category.equals(figureCategory) && operator.test(figureValue.compareTo(value));
  }

  /** Lowest matching value (inclusive), as a double for the point query. */
  double lower() {
    return operator.lowest(value.doubleValue());
  }

  /** Highest matching value (inclusive). */
  double upper() {
    return operator.highest(value.doubleValue());
  }

  @Override
  public String toString() {
    return category + operator.symbol() + value.toPlainString();
  }
}
