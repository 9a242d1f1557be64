package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.canbo.dataset.SafeJson;
import org.canbo.index.SearchBackend;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server of {@code canbo serve}, on Jetty's core: non-blocking connections (a client
 * that sends its headers slowly holds no thread), a header deadline and an idle timeout, a cap
 * on connections and header bytes, no request bodies, and two admission lanes on a bounded
 * thread pool — searches (at most {@code threads} at once, a bounded queue, then 503) and
 * everything else (health, page files, articles) — all answering through one
 * {@link Dispatcher} from a searcher the caller owns and closes.
 */
public final class CanboServer implements AutoCloseable {
  /** The endpoints that run queries over the index; each is admitted through the search lane. */
  static final String[] SEARCH_PATHS = {
      "/api/search", "/api/kwic", "/api/kwic.csv", "/api/trend", "/api/freq", "/api/freq.csv",
      "/api/collocates", "/api/collocates.csv", "/api/figures", "/api/export.csv"};
  /** Health, page files and single articles: cheap, with their own threads. */
  static final int PAGE_THREADS = 4;
  static final int PAGE_QUEUE = 256;
  /** Threads above the minimum end after a minute without work. */
  private static final int POOL_IDLE_MILLIS = 60_000;
  /** Acceptor, selector and a spare for Jetty's own jobs. */
  private static final int JETTY_THREADS = 4;
  /**
   * Jetty's defaults refuse paths a servlet container could map ambiguously ({@code %2F},
   * {@code %2e%2e}); here a path is only ever a key in a fixed table (no file system, no path
   * mapping), and article ids may contain an encoded '/', so those reach the dispatcher, which
   * answers 404 for what it does not know. Bad percent-encoding stays a 400.
   */
  private static final UriCompliance URI_COMPLIANCE = UriCompliance.DEFAULT.with("canbo",
      UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
      UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING);

  private final Server jetty;
  private final ServerConnector connector;

  private CanboServer(Server jetty, ServerConnector connector) {
    this.jetty = jetty;
    this.connector = connector;
  }

  /** Binds and starts serving; IOException when the address is taken or not local. */
  public static CanboServer start(SearchBackend searcher, ServerConfig config) throws IOException {
    ObjectMapper json = SafeJson.html();
    return start(new Dispatcher(config.hostNames(), new ApiRoutes(searcher, json),
        new StaticFiles(), json), config, json);
  }

  /**
   * As {@link #start(SearchBackend, ServerConfig)}, with the review endpoints writing to
   * {@code reviews} (reviews without a reviewer get {@code reviewer}).
   */
  public static CanboServer start(SearchBackend searcher, ServerConfig config,
      org.canbo.review.ReviewStore reviews, String reviewer) throws IOException {
    ObjectMapper json = SafeJson.html();
    return start(new Dispatcher(config.hostNames(), new ApiRoutes(searcher, json, reviews, reviewer),
        new StaticFiles(), json), config, json);
  }

  /** Serves {@code app} behind the connector, limits, lanes and error pages of every server. */
  static CanboServer start(Handler app, ServerConfig config, ObjectMapper json)
      throws IOException {
    ServerLimits limits = config.limits();
    int maxThreads = config.threads() + PAGE_THREADS + JETTY_THREADS;
    // Requests queue in the admission lanes (bounded, 503 beyond); the pool's own queue holds only
    // Jetty's I/O jobs, a few per connection at most, and Jetty warns against bounding it.
    QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(maxThreads, 4),
        POOL_IDLE_MILLIS);
    pool.setName("canbo-http");
    pool.setDaemon(true);
    pool.setReservedThreads(0); // every thread is counted above; none set aside for Jetty's guesses
    Server jetty = new Server(pool);
    ServerConnector connector = connector(jetty, config);
    jetty.addConnector(connector);
    jetty.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));

    jetty.setErrorHandler(new JsonErrorHandler(json, limits.maxHeaderBytes()));
    jetty.setHandler(lanes(app, config));
    try {
      jetty.start();
    } catch (IOException e) {
      stopQuietly(jetty);
      throw e;
    } catch (Exception e) {
      stopQuietly(jetty);
      throw new IOException(e.getMessage(), e);
    }
    return new CanboServer(jetty, connector);
  }

  /** Refuses bodies, then admits searches and everything else through separate lanes. */
  private static Handler lanes(Handler app, ServerConfig config) {
    ServerLimits limits = config.limits();
    Admission searches = new Admission("searches", config.threads(), limits.queuedSearches(),
        limits.maxQueueWait());
    searches.includePath(SEARCH_PATHS);
    searches.setHandler(app);
    Admission pages = new Admission("page requests", PAGE_THREADS, PAGE_QUEUE,
        limits.maxQueueWait());
    pages.excludePath(SEARCH_PATHS);
    pages.setHandler(searches);
    // Only a review (POST /api/reviews) has a body; the rest are refused before they are read.
    return new BodyLimits(pages);
  }

  private static ServerConnector connector(Server jetty, ServerConfig config) throws IOException {
    ServerLimits limits = config.limits();
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setUriCompliance(URI_COMPLIANCE);
    HttpConnectionFactory factory = new HttpConnectionFactory(http);
    ServerConnector connector = new ServerConnector(jetty, 1, 1, factory);
    connector.setHost(InetAddress.getByName(config.bind()).getHostAddress());
    connector.setPort(config.port());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.addBean(new HeaderDeadline(connector.getScheduler(), limits.headerTimeout()));
    return connector;
  }

  private static void stopQuietly(Server jetty) {
    try {
      jetty.stop();
    } catch (Exception e) {
      // Starting failed already; that failure is the one to report.
    }
  }

  /** The address actually bound (the port is the free one chosen when asked for 0). */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
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
    jetty.setStopTimeout(1000);
    stopQuietly(jetty);
  }
}
