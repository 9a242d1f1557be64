package org.canbo;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for an event a test cannot be told about directly (a file a child process writes): polls
 * the condition until it holds. The overall limit is generous and only catches a hang; a slow box
 * waits longer, it never fails sooner.
 */
public final class Await {
  /** Long enough that only a hang reaches it, on a loaded 2-core box. */
  public static final Duration HANG = Duration.ofMinutes(5);

  private Await() {}

  /** Returns once {@code condition} is true; AssertionError naming {@code what} on a hang. */
  public static void until(String what, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + HANG.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("still waiting after " + HANG + " for " + what);
      }
      Thread.sleep(10);
    }
  }
}
