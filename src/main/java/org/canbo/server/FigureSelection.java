package org.canbo.server;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.canbo.index.FigureCondition;

/**
 * Which figure rows of the matching articles a figures table shows: the search selects articles
 * ("has a figure with rotation>=50"), this keeps the figures that made them match — those of the
 * chosen categories ({@code category}, {@code facet.category}) and, with figure conditions, those
 * satisfying at least one of them.
 */
record FigureSelection(List<String> categories, List<FigureCondition> conditions)
    implements Predicate<Map<String, Object>> {

  static FigureSelection of(QueryParams params) {
    List<String> categories = java.util.stream.Stream.concat(
            params.all("category").stream(), params.all("facet.category").stream())
        .map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
    return new FigureSelection(categories,
        params.all("figure").stream().map(FigureCondition::parse).toList());
  }

  @Override
  public boolean test(Map<String, Object> row) {
    String category = String.valueOf(row.get("category")).toLowerCase(Locale.ROOT);
    if (!categories.isEmpty() && !categories.contains(category)) {
      return false;
    }
    return conditions.isEmpty() || conditions.stream().anyMatch(c -> holds(c, category, row));
  }

  private static boolean holds(FigureCondition c, String category, Map<String, Object> row) {
    Object value = row.get("value");
    if (!c.category().equals(category) || value == null) {
      return false;
    }
    int cmp = new BigDecimal(value.toString()).compareTo(c.value());
    return switch (c.operator()) {
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      default -> cmp == 0;
    };
  }
}
