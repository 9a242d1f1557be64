package org.canbo.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbo.model.UserInputException;

/**
 * The search filters as a user gives them, parsed once and the same from every surface: the CLI's
 * options ({@code --figure rotation>=50 --facet year=2019}), the server's parameters ({@code
 * figure=rotation>=50&facet.year=2019}) and, through {@link FigureSelection#of(FilterSpec)}, the
 * figure rows a dataset keeps. Values are stripped, blank ones absent; a single-valued filter
 * takes its first value; figure conditions are parsed ({@link FigureCondition#parse}) and
 * categories, also as {@code category} facet values, named by code or label become codes.
 */
public record FilterSpec(String from, String to, String source, List<FigureCondition> figures,
    List<String> categories, String cites, String official, String province,
    Map<String, List<String>> facets) {
  /** The filters' names: as server parameters, and as CLI options after {@code --}. */
  public static final List<String> NAMES =
      List.of("from", "to", "source", "figure", "category", "cites", "official", "province");
  /** A facet value filter's name is this prefix and the dimension ({@code facet.year}). */
  public static final String FACET_PREFIX = "facet.";
  public static final FilterSpec NONE = parse(Map.of());

  public FilterSpec {
    figures = List.copyOf(figures);
    categories = List.copyOf(categories);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    facets.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The filters of {@code named} (name → values as typed: {@code "figure" → ["rotation>=50"]},
   * {@code "facet.year" → ["2019"]}); other names are ignored. IllegalArgumentException for a
   * figure condition that cannot be read or an unknown category.
   */
  public static FilterSpec parse(Map<String, List<String>> named) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    named.forEach((name, values) -> {
      if (name.startsWith(FACET_PREFIX)) {
        List<String> kept = clean(values);
        if (!kept.isEmpty()) {
          String dim = name.substring(FACET_PREFIX.length());
          facets.computeIfAbsent(dim, d -> new ArrayList<>()).addAll(dim.equals(Facets.CATEGORY)
              ? kept.stream().map(SearchRequest::categoryCode).toList() : kept);
        }
      }
    });
    return new FilterSpec(first(named, "from"), first(named, "to"), first(named, "source"),
        clean(named.get("figure")).stream().map(FigureCondition::parse).toList(),
        clean(named.get("category")).stream().map(SearchRequest::categoryCode).toList(),
        first(named, "cites"), first(named, "official"),
        first(named, "province"), facets);
  }

  /**
   * A {@code DIM=VALUE} argument (the CLI's {@code --facet}) as its filter name and value;
   * IllegalArgumentException when it has no dimension.
   */
  public static Map.Entry<String, String> facetArgument(String dimEqualsValue) {
    int eq = dimEqualsValue.indexOf('=');
    if (eq <= 0) {
      throw new UserInputException("cannot read the facet filter '" + dimEqualsValue
          + "': write DIM=VALUE, e.g. year=2019");
    }
    return Map.entry(FACET_PREFIX + dimEqualsValue.substring(0, eq).strip(),
        dimEqualsValue.substring(eq + 1));
  }

  /** Whether no filter is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Sets these filters on {@code b}. */
  public SearchRequest.Builder applyTo(SearchRequest.Builder b) {
    b.dates(from, to).source(source).figures(figures).categories(categories).cites(cites)
        .official(official).province(province);
    facets.forEach((dim, values) -> values.forEach(v -> b.facet(dim, v)));
    return b;
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }

  private static String first(Map<String, List<String>> named, String name) {
    List<String> values = clean(named.get(name));
    return values.isEmpty() ? null : values.get(0);
  }
}
