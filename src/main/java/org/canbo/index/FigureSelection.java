package org.canbo.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which figure rows of the matching articles a figures table or dataset keeps: the search selects
 * articles ("has a figure with rotation>=50"), this keeps the figures that made them match — those
 * of the chosen categories (the request's categories and category facet values) and, with figure
 * conditions, those satisfying at least one of them. Tests flat dataset rows (column → value).
 */
public record FigureSelection(List<String> categories, List<FigureCondition> conditions)
    implements Predicate<Map<String, Object>> {

  /** The selection a request's category filters and figure conditions make. */
  public static FigureSelection of(SearchRequest request) {
    return of(request.filters());
  }

  /** The selection the category filters and figure conditions of {@code filters} make. */
  public static FigureSelection of(FilterSpec filters) {
    List<String> categories = Stream.concat(filters.categories().stream(),
            filters.facets().getOrDefault(Facets.CATEGORY, List.of()).stream())
        .map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
    return new FigureSelection(categories, filters.figures());
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
    return value != null && c.test(category, new BigDecimal(value.toString()));
  }
}
