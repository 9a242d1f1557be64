package org.canbo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clients of {@code bench-serve}, each a thread that stops by itself at the phase's end: a
 * mix of searches, concordances, trends and figure tables; heavy typo-tolerant queries; a
 * health probe; and connections that send their request headers one byte a second.
 */
final class ServeLoad {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final String[] MIXED_PATHS = {
      "/api/search?q=", "/api/kwic?limit=50&q=", "/api/trend?q=", "/api/figures?q="};

  private final URI base;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Thread> threads = new ArrayList<>();

  ServeLoad(URI base) {
    this.base = base;
  }

  /** {@code n} clients sending the mixed requests back to back until {@code endNanos}. */
  void mixed(int n, List<String> queries, long endNanos, LatencyLog log) {
    AtomicInteger next = new AtomicInteger();
    for (int c = 0; c < n; c++) {
      spawn("mixed-" + c, () -> {
        while (System.nanoTime() < endNanos) {
          int i = next.getAndIncrement();
          get(MIXED_PATHS[i % MIXED_PATHS.length] + enc(queries.get(i % queries.size())), log);
        }
      });
    }
  }

  /** {@code n} clients sending the heavy queries back to back until {@code endNanos}. */
  void heavy(int n, List<String> queries, long endNanos, LatencyLog log) {
    for (int c = 0; c < n; c++) {
      int first = c;
      spawn("heavy-" + c, () -> {
        for (int i = first; System.nanoTime() < endNanos; i++) {
          get("/api/search?q=" + enc(queries.get(i % queries.size())), log);
        }
      });
    }
  }

  /** One client asking {@code /api/health} every {@code gapMillis} until {@code endNanos}. */
  void health(long gapMillis, long endNanos, LatencyLog log) {
    spawn("health", () -> {
      while (System.nanoTime() < endNanos) {
        get("/api/health", log);
        pause(gapMillis);
      }
    });
  }

  /**
   * {@code n} connections that send a request line and then one header byte a second, never
   * finishing the headers, until {@code endNanos} or the server closes them; {@code closed}
   * counts those the server closed and {@code closedAfterMillis} sums when.
   */
  void slowHeaders(int n, long endNanos, AtomicInteger closed, AtomicLong closedAfterMillis) {
    for (int c = 0; c < n; c++) {
      spawn("slow-" + c, () -> {
        long start = System.nanoTime();
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
          s.setSoTimeout(1000);
          OutputStream out = s.getOutputStream();
          InputStream in = s.getInputStream();
          out.write(("GET /api/health HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Slow: ")
              .getBytes(StandardCharsets.US_ASCII));
          while (System.nanoTime() < endNanos) {
            out.write('a');
            out.flush();
            if (serverClosed(in)) {
              closed.incrementAndGet();
              closedAfterMillis.addAndGet((System.nanoTime() - start) / 1_000_000);
              return;
            }
          }
        } catch (IOException e) {
          closed.incrementAndGet(); // a write to a connection the server dropped
          closedAfterMillis.addAndGet((System.nanoTime() - start) / 1_000_000);
        }
      });
    }
  }

  /** Waits up to the socket's timeout (1 s) for the server to close or answer. */
  private static boolean serverClosed(InputStream in) throws IOException {
    try {
      return in.read(new byte[512]) != 0; // -1 closed, > 0 an (error) answer before the close
    } catch (java.net.SocketTimeoutException e) {
      return false;
    }
  }

  /** Waits for every client to stop by itself. */
  void join() throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
    threads.clear();
  }

  private void get(String pathAndQuery, LatencyLog log) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(REQUEST_TIMEOUT).build();
    long t = System.nanoTime();
    try {
      HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
      log.answered(r.statusCode(), System.nanoTime() - t);
    } catch (HttpTimeoutException e) {
      log.failed("timeout");
    } catch (ConnectException e) {
      log.failed("refused");
    } catch (IOException e) {
      log.failed(e instanceof SocketException || String.valueOf(e.getMessage()).contains("reset")
          || String.valueOf(e.getMessage()).contains("closed") ? "reset" : "io-error");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void spawn(String name, Runnable body) {
    Thread t = new Thread(body, "bench-" + name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
