package org.canbo.index;

import org.canbo.model.UserInputException;

/**
 * Collocates of a query (the node): words within {@code window} word positions either side of its
 * occurrences in the articles {@code search} matches, kept when they co-occur at least
 * {@code minCount} times, the {@code limit} most strongly associated first.
 */
public record CollocateRequest(SearchRequest search, int window, int minCount, int limit) {
  public static final int DEFAULT_WINDOW = 5;
  public static final int MAX_WINDOW = 20;
  public static final int DEFAULT_MIN_COUNT = 3;
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 10_000;

  public CollocateRequest {
    if (window < 1 || window > MAX_WINDOW) {
      throw new UserInputException("window " + window + " is not in 1.." + MAX_WINDOW);
    }
    if (minCount < 1) {
      throw new UserInputException("min count " + minCount + " is below 1");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UserInputException("limit " + limit + " is not in 1.." + MAX_LIMIT);
    }
  }
}
