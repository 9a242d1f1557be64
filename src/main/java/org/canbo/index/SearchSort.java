package org.canbo.index;

import java.util.Locale;
import org.canbo.model.UserInputException;

/** The order of search hits: by relevance (BM25), or by date with undated articles last. */
public enum SearchSort {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** Reads "relevance", "newest" (or "date") and "oldest", ignoring case. */
  public static SearchSort parse(String text) {
    return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
      case "relevance", "score" -> RELEVANCE;
      case "newest", "date" -> NEWEST;
      case "oldest" -> OLDEST;
      default -> throw new UserInputException(
          "cannot sort by '" + text + "': use relevance, newest or oldest");
    };
  }
}
