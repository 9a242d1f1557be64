package org.canbo.index;

import java.util.List;

/**
 * What to search for: a query in the user syntax of {@link UserQueryParser}, how many hits to
 * return, and optional filters (null or empty = no filter). Dates are ISO ({@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}) and inclusive; the source filter ignores case; every
 * figure condition and category must hold; {@code cites}, {@code official} and {@code province}
 * keep articles citing that document, naming that official, about that province (each ignoring
 * tone-mark style and case); {@code facets} asks for facet counts over all matches.
 */
public record SearchRequest(
    String query,
    int limit,
    String fromDate,
    String toDate,
    String source,
    List<FigureCondition> figures,
    List<String> categories,
    boolean facets,
    String cites,
    String official,
    String province) {
  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " is not in 1.." + MAX_LIMIT);
    }
    figures = figures == null ? List.of() : List.copyOf(figures);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** A request with text filters only. */
  public SearchRequest(String query, int limit, String fromDate, String toDate, String source) {
    this(query, limit, fromDate, toDate, source, List.of(), List.of(), false, null, null, null);
  }

  /** A request without filters. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, limit, null, null, null);
  }

  public SearchRequest withDates(String from, String to) {
    return new SearchRequest(query, limit, from, to, source, figures, categories, facets,
        cites, official, province);
  }

  public SearchRequest withSource(String newSource) {
    return new SearchRequest(query, limit, fromDate, toDate, newSource, figures, categories, facets,
        cites, official, province);
  }

  public SearchRequest withFigures(List<FigureCondition> conditions, List<String> newCategories) {
    return new SearchRequest(query, limit, fromDate, toDate, source, conditions, newCategories, facets,
        cites, official, province);
  }

  /** Filters on annotations: a cited document ("04-NQ/TU"), an official's name, a province. */
  public SearchRequest withEntities(String newCites, String newOfficial, String newProvince) {
    return new SearchRequest(query, limit, fromDate, toDate, source, figures, categories, facets,
        newCites, newOfficial, newProvince);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, limit, fromDate, toDate, source, figures, categories, on,
        cites, official, province);
  }
}
