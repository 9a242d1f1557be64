package org.canbo.index;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.canbo.model.UserInputException;

/**
 * The time limit of one request, from its start: Lucene checks it while it rewrites (fuzzy and
 * prefix expansion, through {@link ThreadDeadline} and {@code ExitableDirectoryReader}) and
 * collects, and our own loops (concordance lines, trends) check it between documents.
 */
final class Deadline implements QueryTimeout {
  private final Duration limit;
  private volatile long endNanos;

  Deadline(Duration limit) {
    this.limit = limit;
    this.endNanos = System.nanoTime() + limit.toNanos();
  }

  @Override
  public boolean shouldExit() {
    return System.nanoTime() - endNanos > 0;
  }

  /** Moves the end later by {@code nanos}: time spent on work the request is not charged for. */
  void extend(long nanos) {
    endNanos += nanos;
  }

  /** A {@link UserInputException} naming the query once the limit has passed. */
  void check(String query) {
    if (shouldExit()) {
      throw expired(query);
    }
  }

  /** The error a request gets when its time ran out ({@code query} may be null). */
  UserInputException expired(String query) {
    return new UserInputException("the query " + (query == null ? "" : "'" + query + "' ")
        + "took longer than " + limit.toMillis() + " ms; make it more specific");
  }
}
