package org.canbo.index;

import java.io.IOException;

/**
 * The index cannot be read right now (its directory is missing or holds no commit, e.g. while it
 * is deleted and rebuilt); the message says so and a later call may succeed.
 */
public final class IndexUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
