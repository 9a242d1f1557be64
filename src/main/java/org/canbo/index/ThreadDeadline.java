package org.canbo.index;

import java.io.IOException;
import org.apache.lucene.index.QueryTimeout;

/**
 * The {@link Deadline} of the request the calling thread is running, as one {@link QueryTimeout}
 * that can wrap a reader for its whole life: {@code ExitableDirectoryReader} wraps each reader
 * once (so caches keyed on the reader survive), yet every request is held to its own deadline.
 * Threads outside a request are never stopped.
 */
final class ThreadDeadline implements QueryTimeout {
  private final ThreadLocal<Deadline> current = new ThreadLocal<>();

  @Override
  public boolean shouldExit() {
    Deadline d = current.get();
    return d != null && d.shouldExit();
  }

  /** The running request's deadline; null outside {@link #during}. */
  Deadline current() {
    return current.get();
  }

  /** Runs {@code task} held to {@code deadline} (nested calls keep the outer one). */
  <T> T during(Deadline deadline, Task<T> task) throws IOException {
    if (current.get() != null) {
      return task.run();
    }
    current.set(deadline);
    try {
      return task.run();
    } finally {
      current.remove();
    }
  }

  /**
   * Runs {@code task} free of the calling request's deadline, which applies again afterwards,
   * moved later by the time the task took: for one-off work whose result outlives the request
   * (loading the reviewed articles).
   */
  <T> T suspended(Task<T> task) throws IOException {
    Deadline d = current.get();
    current.remove();
    long start = System.nanoTime();
    try {
      return task.run();
    } finally {
      if (d != null) {
        d.extend(System.nanoTime() - start);
        current.set(d);
      }
    }
  }

  @FunctionalInterface
  interface Task<T> {
    T run() throws IOException;
  }
}
