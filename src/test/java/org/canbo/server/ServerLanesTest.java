package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.canbo.dataset.SafeJson;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's limits with an application whose searches block until the test lets them go:
 * health stays answered while every search worker is taken, searches beyond the queue get a 503
 * naming the lane, slow-header connections hold no worker and are closed at the header
 * deadline, and a request still being handled then is not cut. Everything waits on events.
 */
class ServerLanesTest {
  private static final Duration GUARD = Duration.ofSeconds(60);
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();
  private final GatedApp app = new GatedApp();
  private CanboServer server;

  /** Answers every request with {"ok":true}; searches first wait for {@link #release}. */
  static final class GatedApp extends Handler.Abstract {
    final CountDownLatch release = new CountDownLatch(1);
    final Semaphore started = new Semaphore(0);

    GatedApp() {
      super(InvocationType.BLOCKING);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (request.getHttpURI().getPath().startsWith("/api/search")) {
        started.release();
        release.await();
      }
      response.getHeaders().put("Content-Type", "application/json; charset=utf-8");
      Content.Sink.write(response, true, "{\"ok\":true}", callback);
      return true;
    }
  }

  private void start(int threads, int queued, Duration maxQueueWait) throws Exception {
    ServerLimits limits = new ServerLimits(Duration.ofSeconds(1), Duration.ofSeconds(30), 64,
        16 * 1024, queued, maxQueueWait);
    server = CanboServer.start(app, ServerConfig.loopback(0).withLimits(limits)
        .withThreads(threads), SafeJson.html());
  }

  @AfterEach
  void stop() {
    app.release.countDown();
    if (server != null) {
      server.close();
    }
  }

  private CompletableFuture<HttpResponse<String>> get(String path) {
    return client.sendAsync(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
        .timeout(GUARD).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void healthIsAnsweredWhileEverySearchWorkerIsBusyAndSearchesBeyondTheQueueGet503()
      throws Exception {
    start(2, 1, GUARD);
    List<CompletableFuture<HttpResponse<String>>> running = List.of(
        get("/api/search?q=a"), get("/api/search?q=b"));
    assertThat(app.started.tryAcquire(2, GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> health = get("/api/health").get();
    assertThat(health.statusCode()).isEqualTo(200);

    // Two more searches: one waits in the queue, the other finds it full.
    var third = get("/api/search?q=c");
    var fourth = get("/api/search?q=d");
    HttpResponse<String> refused = (HttpResponse<String>) CompletableFuture.anyOf(third, fourth).get();
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).contains("\"error\":\"the server is busy: 2 searches running and "
        + "1 waiting; try again in a moment\"");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    var queued = third.isDone() && third.get() == refused ? fourth : third;
    app.release.countDown();
    for (var f : List.of(running.get(0), running.get(1), queued)) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSearchWaitingLongerThanTheQueueAllowsGets503() throws Exception {
    start(1, 4, Duration.ofMillis(300));
    var running = get("/api/search?q=a");
    assertThat(app.started.tryAcquire(GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> waited = get("/api/search?q=b").get();
    assertThat(waited.statusCode()).isEqualTo(503);
    assertThat(waited.body()).contains("waited 0 s behind 1 searches");
    app.release.countDown();
    assertThat(running.get().statusCode()).isEqualTo(200);
  }

  @Test
  void slowHeaderConnectionsHoldNoWorkerAndAreClosedAtTheHeaderDeadline() throws Exception {
    start(2, 4, GUARD);
    app.release.countDown();
    InetSocketAddress address = server.address();
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Socket s = RawHttp.connect(address);
        s.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII));
        slow.add(s);
      }
      assertThat(get("/api/health").get().statusCode()).isEqualTo(200);
      assertThat(get("/api/search?q=x").get().statusCode()).isEqualTo(200);
      for (Socket s : slow) {
        assertThat(RawHttp.closedByServer(s)).as("closed at the header deadline").isTrue();
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aRequestStillBeingHandledAtTheHeaderDeadlineIsNotCut() throws Exception {
    start(2, 4, GUARD);
    var search = get("/api/search?q=slow");
    assertThat(app.started.tryAcquire(GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
    try (Socket late = RawHttp.connect(server.address())) {
      late.getOutputStream().write("GET /api/health HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
      // Once this connection is dropped the header deadline has passed for the search as well.
      assertThat(RawHttp.closedByServer(late)).isTrue();
    }
    app.release.countDown();
    assertThat(search.get().statusCode()).isEqualTo(200);
    assertThat(search.get().body()).isEqualTo("{\"ok\":true}");
  }
}
