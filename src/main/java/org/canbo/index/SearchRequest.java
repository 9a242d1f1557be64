package org.canbo.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbo.extract.figure.FigureCategory;
import org.canbo.model.UserInputException;

/**
 * What to search for: a query in the user syntax of {@link UserQueryParser} ({@link #ALL}, a
 * lone {@code *}, for every article: browsing the collection), which page of hits in which order, and optional filters (null or empty = no filter); build one with
 * {@link #builder(String)}.
 *
 * <p>Dates are ISO ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) and inclusive; the source
 * filter ignores case; every figure condition and category must hold (a category, also as a
 * {@code category} facet value, by code or label: an unknown one is refused, naming the valid
 * ones); {@code cites},
 * {@code official} and {@code province} keep articles citing that document, naming that official,
 * about that province (each ignoring tone-mark style and case). {@code facetFilters} maps a
 * dimension of {@link Facets#DIMENSIONS} to values: values of one dimension are OR-ed, dimensions
 * AND-ed. {@code facets} asks for facet counts over all matches. With {@code fuzzyFallback}, a
 * query without hits is retried with each plain word allowed one typo. With {@code fold}, every
 * word matches ignoring diacritics (else only words typed without them do). With {@code collapse},
 * syndicated copies count once: one hit per cluster (its best match), totals count clusters.
 * With {@code exactTotal}, the total is counted even past {@link #COUNTED_HITS} hits of a search
 * without facets (else it is then a lower bound: counting every match of a common word costs
 * more than finding the best ones).
 */
public record SearchRequest(
    String query,
    int limit,
    int offset,
    SearchSort sort,
    String fromDate,
    String toDate,
    String source,
    List<FigureCondition> figures,
    List<String> categories,
    Map<String, List<String>> facetFilters,
    String cites,
    String official,
    String province,
    boolean facets,
    boolean fuzzyFallback,
    boolean fold,
    boolean collapse,
    boolean exactTotal) {
  /** The query matching every article, so that filters and facets work without words. */
  public static final String ALL = "*";
  public static final int MAX_LIMIT = 1000;
  /** Deepest hit a page may reach (offset + limit): deep paging costs memory per request. */
  public static final int MAX_DEPTH = 10_000;
  static final int MAX_FACET_VALUES = 50;
  /** Hits counted exactly by a search without facets before its total becomes a lower bound. */
  public static final int COUNTED_HITS = 1000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new UserInputException("the query is empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UserInputException("limit " + limit + " is not in 1.." + MAX_LIMIT);
    }
    if (offset < 0 || (long) offset + limit > MAX_DEPTH) {
      throw new UserInputException("offset " + offset + " with limit " + limit
          + " goes past hit " + MAX_DEPTH + ", the deepest a page may reach; narrow the query");
    }
    sort = sort == null ? SearchSort.RELEVANCE : sort;
    figures = figures == null ? List.of() : List.copyOf(figures);
    categories = categories == null ? List.of()
        : categories.stream().map(SearchRequest::categoryCode).distinct().toList();
    facetFilters = copyFacetFilters(facetFilters);
  }

  /** True for {@link #ALL}: every article, narrowed by the filters only. */
  public boolean matchesAll() {
    return ALL.equals(query.strip());
  }

  /** A request for the first {@code limit} hits by relevance, without filters. */
  public static SearchRequest of(String query, int limit) {
    return builder(query).limit(limit).build();
  }

  /**
   * A builder for {@code query}: first 10 hits by relevance, no filters, fuzzy fallback on,
   * diacritics as typed.
   */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder holding this request's values, to change a few. */
  public Builder toBuilder() {
    Builder b = new Builder(query).limit(limit).offset(offset).sort(sort)
        .dates(fromDate, toDate).source(source).figures(figures).categories(categories)
        .cites(cites).official(official).province(province).facets(facets)
        .fuzzyFallback(fuzzyFallback).fold(fold).collapse(collapse).exactTotal(exactTotal);
    facetFilters.forEach((dim, values) -> values.forEach(v -> b.facet(dim, v)));
    return b;
  }

  /** The request's filters (categories and category facet values as codes). */
  public FilterSpec filters() {
    return new FilterSpec(fromDate, toDate, source, figures, categories, cites, official,
        province, facetFilters);
  }

  /** The code of a category named by code or label; an unknown one names the valid ones. */
  static String categoryCode(String name) {
    return FigureCategory.byName(name).map(FigureCategory::code).orElseThrow(() ->
        new UserInputException("unknown figure category '" + name + "': use one of "
            + FigureCategory.describeAll()));
  }

  private static Map<String, List<String>> copyFacetFilters(Map<String, List<String>> in) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (in == null) {
      return Map.of();
    }
    in.forEach((dim, values) -> {
      if (!Facets.DIMENSIONS.contains(dim)) {
        throw new UserInputException("unknown facet '" + dim + "': use one of "
            + String.join(", ", Facets.DIMENSIONS));
      }
      List<String> kept = values.stream().filter(v -> v != null && !v.isBlank())
          .map(v -> dim.equals(Facets.CATEGORY) ? categoryCode(v) : v.strip())
          .distinct().toList();
      if (kept.size() > MAX_FACET_VALUES) {
        throw new UserInputException("facet '" + dim + "' has " + kept.size()
            + " values; at most " + MAX_FACET_VALUES);
      }
      if (!kept.isEmpty()) {
        out.put(dim, kept);
      }
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Builds a {@link SearchRequest}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String query;
    private int limit = 10;
    private int offset;
    private Integer page;
    private SearchSort sort = SearchSort.RELEVANCE;
    private String fromDate;
    private String toDate;
    private String source;
    private final List<FigureCondition> figures = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final Map<String, List<String>> facetFilters = new LinkedHashMap<>();
    private String cites;
    private String official;
    private String province;
    private boolean facets;
    private boolean fuzzyFallback = true;
    private boolean fold;
    private boolean collapse;
    private boolean exactTotal;

    private Builder(String query) {
      this.query = query;
    }

    public Builder limit(int n) {
      this.limit = n;
      return this;
    }

    /** Skips the first {@code n} hits. */
    public Builder offset(int n) {
      this.offset = n;
      this.page = null;
      return this;
    }

    /** Page {@code n} (1-based) of {@code limit} hits; overrides {@link #offset}. */
    public Builder page(int n) {
      if (n < 1) {
        throw new UserInputException("page " + n + " is not 1 or more");
      }
      this.page = n;
      return this;
    }

    public Builder sort(SearchSort s) {
      this.sort = s;
      return this;
    }

    public Builder dates(String from, String to) {
      this.fromDate = from;
      this.toDate = to;
      return this;
    }

    public Builder source(String s) {
      this.source = s;
      return this;
    }

    public Builder figures(List<FigureCondition> conditions) {
      figures.addAll(conditions);
      return this;
    }

    public Builder categories(List<String> names) {
      categories.addAll(names);
      return this;
    }

    /** Adds {@code value} to the accepted values of facet {@code dim}. */
    public Builder facet(String dim, String value) {
      facetFilters.computeIfAbsent(dim, d -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder cites(String document) {
      this.cites = document;
      return this;
    }

    public Builder official(String name) {
      this.official = name;
      return this;
    }

    public Builder province(String name) {
      this.province = name;
      return this;
    }

    public Builder facets(boolean on) {
      this.facets = on;
      return this;
    }

    /** One hit per cluster of syndicated copies. */
    public Builder collapse(boolean on) {
      this.collapse = on;
      return this;
    }

    public Builder fuzzyFallback(boolean on) {
      this.fuzzyFallback = on;
      return this;
    }

    /** Match every word ignoring diacritics, also those typed with them. */
    public Builder fold(boolean on) {
      this.fold = on;
      return this;
    }

    /** Count every match even when there are many (see {@link SearchRequest#COUNTED_HITS}). */
    public Builder exactTotal(boolean on) {
      this.exactTotal = on;
      return this;
    }

    public SearchRequest build() {
      int from = page == null ? offset : (int) Math.min(Integer.MAX_VALUE, (page - 1L) * limit);
      return new SearchRequest(query, limit, from, sort, fromDate, toDate, source, figures,
          categories, facetFilters, cites, official, province, facets, fuzzyFallback, fold,
          collapse, exactTotal);
    }
  }
}
