package org.canbo.index;

import org.canbo.model.UserInputException;

/**
 * A word frequency list: the words of the articles {@code search} matches (its query may be null:
 * every article passing its filters; its page is ignored), split {@code by} a facet, the
 * {@code limit} most frequent words per group.
 */
public record FreqRequest(SearchRequest search, FreqGrouping by, int limit) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 100_000;

  public FreqRequest {
    if (by == null) {
      by = FreqGrouping.ALL;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UserInputException("limit " + limit + " is not in 1.." + MAX_LIMIT);
    }
  }
}
