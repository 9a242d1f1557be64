package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load, as in {@code canbo bench-serve} but counted rather than timed: 20 clients
 * sending mixed searches, concordances, trends and figure tables, with 8 slow-header connections
 * and 24 heavy queries at the same time, and health asked throughout. Every request gets an
 * answer (no reset, no timeout), each a JSON status the API documents.
 */
class ServerLoadTest {
  private static final String[] MIXED = {"/api/search?q=", "/api/kwic?q=", "/api/trend?q=",
      "/api/figures?q="};
  private static final String[] WORDS = {"cán bộ", "luân chuyển", "Thành ủy", "đảng viên",
      "can bo", "\"Nghị quyết 67\"", "Quảng Yên", "kỷ luật"};

  @Test
  void mixedLoadWithSlowHeadersAndHeavyQueriesGetsEveryRequestAnswered(@TempDir Path tmp)
      throws Exception {
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    List<String> heavy = List.of(
        IntStream.range(0, 12).mapToObj(i -> "nghieepjvu" + (char) ('a' + i) + "~2")
            .collect(Collectors.joining(" ")),
        IntStream.range(0, 8).mapToObj(i -> "nghieepjvu" + (char) ('a' + i) + "~2")
            .collect(Collectors.joining(" ")),
        "ca* ch* tr* ng*",
        IntStream.range(0, 60).mapToObj(i -> "từ" + i).collect(Collectors.joining(" OR ")));
    ExecutorService pool = Executors.newFixedThreadPool(20 + 24 + 1);
    List<Socket> slow = new ArrayList<>();
    ServerLimits d = ServerLimits.DEFAULTS;
    ServerLimits limits = new ServerLimits(Duration.ofSeconds(2), d.idleTimeout(),
        d.maxConnections(), d.maxHeaderBytes(), d.queuedSearches(), d.maxQueueWait());
    try (TestServer server = TestServer.start(tmp, limits)) {
      for (int i = 0; i < 8; i++) {
        Socket s = RawHttp.connect(server.server.address());
        s.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII));
        slow.add(s);
      }
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < 20; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          for (int i = 0; i < 8; i++) {
            int n = client * 8 + i;
            record(outcomes, server, MIXED[n % MIXED.length] + enc(WORDS[n % WORDS.length]));
          }
          return null;
        }));
      }
      for (int c = 0; c < 24; c++) {
        String q = heavy.get(c % heavy.size());
        clients.add(pool.submit(() -> record(outcomes, server, "/api/search?q=" + enc(q))));
      }
      Future<?> health = pool.submit(() -> {
        for (int i = 0; i < 20; i++) {
          assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
        }
        return null;
      });
      health.get();
      for (Future<?> f : clients) {
        f.get();
      }
      for (Socket s : slow) {
        assertThat(RawHttp.closedByServer(s)).isTrue();
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      for (Socket s : slow) {
        s.close();
      }
    }
    assertThat(outcomes.keySet()).isSubsetOf("200", "400", "503");
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20 * 8 + 24);
    assertThat(outcomes).containsKey("200");
  }

  /** Sends one request; an I/O failure (reset, timeout) fails the test. */
  private static Object record(Map<String, Integer> outcomes, TestServer server, String path)
      throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.headers().firstValue("Content-Type")).as(path).get().asString()
        .startsWith("application/json");
    outcomes.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
    return null;
  }
}
