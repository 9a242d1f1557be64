package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.canbo.dataset.SafeJson;
import org.canbo.index.CorpusSearcher;

/**
 * The HTTP server of {@code canbo serve}, on the JDK's built-in server (no web framework on the
 * runtime classpath): a bounded pool of worker threads answering through one {@link Dispatcher}
 * from a searcher the caller owns and closes.
 */
public final class CanboServer implements AutoCloseable {
  /** Requests waiting for a worker; beyond that the accepting thread runs them itself (back pressure). */
  private static final int QUEUE = 64;

  private final HttpServer http;
  private final ThreadPoolExecutor workers;

  private CanboServer(HttpServer http, ThreadPoolExecutor workers) {
    this.http = http;
    this.workers = workers;
  }

  /** Binds and starts serving; IOException when the address is taken or not local. */
  public static CanboServer start(CorpusSearcher searcher, ServerConfig config) throws IOException {
    tuneJdkServer();
    InetSocketAddress address =
        new InetSocketAddress(InetAddress.getByName(config.bind()), config.port());
    HttpServer http = HttpServer.create(address, 0);
    ObjectMapper json = SafeJson.html();
    http.createContext("/", new Dispatcher(config.hostNames(), new ApiRoutes(searcher, json),
        new StaticFiles(), json));
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor workers = new ThreadPoolExecutor(config.threads(), config.threads(),
        60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, "canbo-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    http.setExecutor(workers);
    http.start();
    return new CanboServer(http, workers);
  }

  /**
   * The JDK server reads its settings once, from system properties, when the first server is
   * created; by default it has no limit on connections or on the time to send a request, and it
   * leaves Nagle's algorithm on, which with delayed ACKs adds ~40 ms to every small response. Set
   * them here unless the user did (-D...).
   */
  private static void tuneJdkServer() {
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    System.getProperties().putIfAbsent("jdk.httpserver.maxConnections", "256");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "30");
  }

  /** The address actually bound (the port is the free one chosen when asked for 0). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The base URL for a browser, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    InetAddress a = address().getAddress();
    String host = a.isAnyLocalAddress() ? "localhost"
        : a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
    return "http://" + host + ":" + address().getPort() + "/";
  }

  /** Stops accepting, gives running requests a second to finish, and stops the workers. */
  @Override
  public void close() {
    http.stop(1);
    workers.shutdownNow();
  }
}
