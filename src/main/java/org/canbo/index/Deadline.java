package org.canbo.index;

import java.time.Duration;

/**
 * The query time limit for loops Lucene's own timeout cannot stop (walking matches and stored
 * text for concordance lines and trends).
 */
final class Deadline {
  private final Duration limit;
  private final long endNanos;

  Deadline(Duration limit) {
    this.limit = limit;
    this.endNanos = System.nanoTime() + limit.toNanos();
  }

  /** IllegalArgumentException naming the query once the limit has passed. */
  void check(String query) {
    if (System.nanoTime() - endNanos > 0) {
      throw new IllegalArgumentException("the query '" + query + "' took longer than "
          + limit.toMillis() + " ms; make it more specific");
    }
  }
}
