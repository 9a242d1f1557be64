package org.canbo.server;

import java.time.Duration;

/**
 * How much one client may take from the server: time to send a request header, idle time on a
 * connection, open connections, bytes of request line and headers, and how many searches may
 * wait for a worker, and for how long, before the server answers 503.
 */
public record ServerLimits(Duration headerTimeout, Duration idleTimeout, int maxConnections,
    int maxHeaderBytes, int queuedSearches, Duration maxQueueWait) {
  public static final ServerLimits DEFAULTS = new ServerLimits(Duration.ofSeconds(10),
      Duration.ofSeconds(30), 256, 16 * 1024, 64, Duration.ofSeconds(15));

  public ServerLimits {
    positive("headerTimeout", headerTimeout);
    positive("idleTimeout", idleTimeout);
    positive("maxQueueWait", maxQueueWait);
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections " + maxConnections + " is not positive");
    }
    if (maxHeaderBytes < 1024) {
      throw new IllegalArgumentException("maxHeaderBytes " + maxHeaderBytes + " is under 1024");
    }
    if (queuedSearches < 0) {
      throw new IllegalArgumentException("queuedSearches " + queuedSearches + " is negative");
    }
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " " + d + " is not a positive duration");
    }
  }
}
