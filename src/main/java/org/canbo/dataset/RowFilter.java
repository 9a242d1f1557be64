package org.canbo.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.extract.figure.FigureCategory;
import org.canbo.model.Comparison;
import org.canbo.text.ToneMarks;
import org.canbo.model.UserInputException;

/**
 * The {@code --where} expression of exports: conditions on dataset columns joined by "and", e.g.
 * {@code category=discipline and value>=10 and scope~Hà Nội}. Operators: = != > >= < <= and ~
 * (contains, ignoring case and tone-mark placement). Numbers compare as numbers, the rest as text.
 * An unknown column, or a value outside a closed vocabulary ({@link Dataset#closedColumns()}), is
 * an IllegalArgumentException naming the valid ones; a category may be named by its Vietnamese
 * label ({@code category=kỷ luật}).
 */
public final class RowFilter {
  private static final Pattern CONDITION = Pattern.compile("\\s*([a-z_]+)\\s*("
      + Comparison.pattern(EnumSet.allOf(Comparison.class)) + ")\\s*(.*?)\\s*");
  private static final Pattern AND = Pattern.compile("\\s+(?i:and)\\s+|\\s*&&\\s*");

  private record Condition(String column, Comparison op, String value) {}

  private final List<Condition> conditions;
  private final Predicate<Map<String, Object>> extra;

  private RowFilter(List<Condition> conditions) {
    this(conditions, row -> true);
  }

  private RowFilter(List<Condition> conditions, Predicate<Map<String, Object>> extra) {
    this.conditions = conditions;
    this.extra = extra;
  }

  /** Rows passing this filter and {@code more} (a condition the expression syntax cannot say). */
  public RowFilter and(Predicate<Map<String, Object>> more) {
    return new RowFilter(conditions, extra.and(more));
  }

  /**
   * Rows of {@code dataset} whose confidence is at least {@code min}; every row of a dataset without
   * confidence (articles, places). A {@code min} outside [0, 1] is an error naming the option.
   */
  public RowFilter minConfidence(double min, Dataset dataset) {
    if (!(min >= 0 && min <= 1)) {
      throw new UserInputException("--min-confidence must be between 0 and 1, not " + min);
    }
    if (min == 0 || !dataset.hasConfidence()) {
      return this;
    }
    return and(row -> row.get("confidence") instanceof Number n && n.doubleValue() >= min);
  }

  /** Accepts every row. */
  public static RowFilter all() {
    return new RowFilter(List.of());
  }

  /** Parses an expression against the columns of {@code dataset}; null or blank = all rows. */
  public static RowFilter parse(String expression, Dataset dataset) {
    if (expression == null || expression.isBlank()) {
      return all();
    }
    List<String> columns = Columns.of(dataset);
    List<Condition> out = new ArrayList<>();
    for (String part : AND.split(expression.strip())) {
      Matcher m = CONDITION.matcher(part);
      if (!m.matches()) {
        throw new UserInputException("cannot read the condition '" + part
            + "': write COLUMN OP VALUE with OP one of = != > >= < <= ~");
      }
      if (!columns.contains(m.group(1))) {
        throw new UserInputException("unknown column '" + m.group(1) + "' in --where; "
            + dataset + " has " + String.join(", ", columns));
      }
      Condition c = new Condition(m.group(1), Comparison.parse(m.group(2)), unquote(m.group(3)));
      out.add(checkVocabulary(c, dataset.closedColumns().get(c.column())));
    }
    return new RowFilter(List.copyOf(out));
  }

  /**
   * A condition on a closed column must name one of its values (a category also by label, turned
   * into its code), or part of one for ~; the condition with the value as the rows hold it.
   */
  private static Condition checkVocabulary(Condition c, List<String> values) {
    boolean text = c.op() == Comparison.EQ || c.op() == Comparison.NE || c.op() == Comparison.CONTAINS;
    if (values == null || !text) {
      return c;
    }
    String value = key(c.value());
    if (c.column().equals("category") && c.op() != Comparison.CONTAINS) {
      value = FigureCategory.byName(c.value()).map(FigureCategory::code).orElse(value);
    }
    String wanted = value;
    boolean known = c.op() == Comparison.CONTAINS ? values.stream().anyMatch(v -> v.contains(wanted))
        : values.contains(wanted);
    if (!known) {
      throw new UserInputException("unknown " + c.column() + " '" + c.value()
          + "' in --where: use one of " + (c.column().equals("category")
              ? FigureCategory.describeAll() : String.join(", ", values)));
    }
    return new Condition(c.column(), c.op(), wanted);
  }

  /** True when the flat row (column → value) satisfies every condition. */
  public boolean test(Map<String, Object> row) {
    for (Condition c : conditions) {
      if (!holds(c, row.get(c.column()))) {
        return false;
      }
    }
    return extra.test(row);
  }

  private static boolean holds(Condition c, Object actual) {
    if (actual == null) {
      return c.op() == Comparison.NE && !c.value().isEmpty();
    }
    if (c.op() == Comparison.CONTAINS) {
      return key(actual.toString()).contains(key(c.value()));
    }
    return c.op().test(compare(actual, c.value()));
  }

  private static int compare(Object actual, String wanted) {
    if (actual instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).compareTo(new BigDecimal(wanted.replace(',', '.')));
      } catch (NumberFormatException e) {
        throw new UserInputException("'" + wanted + "' is not a number");
      }
    }
    return key(actual.toString()).compareTo(key(wanted));
  }

  private static String key(String s) {
    return ToneMarks.canonical(s).toLowerCase(Locale.ROOT);
  }

  private static String unquote(String v) {
    return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
        ? v.substring(1, v.length() - 1) : v;
  }
}
