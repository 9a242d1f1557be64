package org.canbo.index;

import org.canbo.model.UserInputException;

/**
 * A concordance request: the query and filters of {@code search}, whose {@code limit} and
 * {@code offset} page the lines (its sort, facets and fuzzy fallback are ignored),
 * {@code width} characters of context on each side, and the line order.
 *
 * <p>A query of plain words ({@code Thành ủy}) is searched as a phrase, as a concordancer would;
 * with quotes, operators or fields it is read as in search, and each matched word or phrase is a
 * line.
 *
 * <p>The counts of a page are extrapolated from the articles read to fill it unless
 * {@code exactCounts} (which reads every matching article's offsets: slower on common words).
 */
public record KwicRequest(SearchRequest search, int width, KwicSort sort, boolean exactCounts) {
  public static final int MAX_WIDTH = 500;
  public static final int DEFAULT_WIDTH = 40;

  public KwicRequest {
    if (search == null) {
      throw new UserInputException("the concordance request has no query");
    }
    if (width < 0 || width > MAX_WIDTH) {
      throw new UserInputException("context width " + width + " is not in 0.." + MAX_WIDTH);
    }
    sort = sort == null ? KwicSort.DOC : sort;
  }

  /** With estimated counts. */
  public KwicRequest(SearchRequest search, int width, KwicSort sort) {
    this(search, width, sort, false);
  }

  /** The same request with exact counts (or estimated ones). */
  public KwicRequest withExactCounts(boolean exact) {
    return new KwicRequest(search, width, sort, exact);
  }

  /** The first {@code limit} lines for {@code query} in document order, 40 characters each side. */
  public static KwicRequest of(String query, int limit) {
    return new KwicRequest(SearchRequest.of(query, limit), DEFAULT_WIDTH, KwicSort.DOC);
  }
}
