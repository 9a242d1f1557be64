package org.canbo.server;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.canbo.model.UserInputException;

/**
 * How the server listens: bind address, port (0 = any free one), worker threads (searches running
 * at once), the extra host names the Host header may carry besides loopback ones (DNS-rebinding
 * protection), and the limits on what one client may take.
 */
public record ServerConfig(String bind, int port, int threads, List<String> allowedHosts,
    ServerLimits limits) {
  public static final String LOOPBACK = "127.0.0.1";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  public ServerConfig {
    if (bind == null || bind.isBlank()) {
      throw new UserInputException("bind address is empty");
    }
    if (port < 0 || port > 65_535) {
      throw new UserInputException("port " + port + " is not in 0..65535");
    }
    if (threads < 1 || threads > 256) {
      throw new UserInputException("threads " + threads + " is not in 1..256");
    }
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    limits = limits == null ? ServerLimits.DEFAULTS : limits;
  }

  /** With the default limits. */
  public ServerConfig(String bind, int port, int threads, List<String> allowedHosts) {
    this(bind, port, threads, allowedHosts, ServerLimits.DEFAULTS);
  }

  /** The same with {@code n} worker threads. */
  public ServerConfig withThreads(int n) {
    return new ServerConfig(bind, port, n, allowedHosts, limits);
  }

  /** The same with other limits. */
  public ServerConfig withLimits(ServerLimits other) {
    return new ServerConfig(bind, port, threads, allowedHosts, other);
  }

  /**
   * Searches running at once by default: one per processor. More only adds waiting on the CPU
   * (and for the health probe); measured with {@code canbo bench-serve}.
   */
  public static int defaultThreads() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /** Loopback on {@code port} with four worker threads. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig(LOOPBACK, port, 4, List.of());
  }

  /**
   * Host names (lower case, IPv6 in brackets, no port) a request may be addressed to: loopback,
   * the bound address unless it is a wildcard, and the configured extra names.
   */
  public Set<String> hostNames() {
    Set<String> names = new TreeSet<>(LOOPBACK_NAMES);
    String b = bind.toLowerCase(Locale.ROOT);
    if (!b.equals("0.0.0.0") && !b.equals("::") && !b.equals("[::]")) {
      names.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
    }
    allowedHosts.forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
    return names;
  }
}
