package org.canbo.index;

/**
 * What to search for: a query in the user syntax of {@link UserQueryParser}, how many hits to
 * return, and optional filters (null = no filter). Dates are ISO ({@code YYYY}, {@code YYYY-MM}
 * or {@code YYYY-MM-DD}) and inclusive; the source filter ignores case. New filters are added as
 * components with a null default in {@link #of}.
 */
public record SearchRequest(
    String query, int limit, String fromDate, String toDate, String source) {
  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " is not in 1.." + MAX_LIMIT);
    }
  }

  /** A request without filters. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, limit, null, null, null);
  }

  public SearchRequest withDates(String from, String to) {
    return new SearchRequest(query, limit, from, to, source);
  }

  public SearchRequest withSource(String newSource) {
    return new SearchRequest(query, limit, fromDate, toDate, newSource);
  }
}
