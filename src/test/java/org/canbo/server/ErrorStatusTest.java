package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.canbo.dataset.SafeJson;
import org.canbo.index.SearchSort;
import org.canbo.model.UserInputException;
import org.junit.jupiter.api.Test;

/**
 * A user's mistake is a 400 carrying its message; any other exception from a handler is a bug:
 * a 500 that names nothing of it, never a 400 (an IllegalArgumentException included).
 */
class ErrorStatusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aBadSortIsTheUsersMistake() throws Exception {
    try (CanboServer server = serve(exchange -> SearchSort.parse("mới nhất"))) {
      HttpResponse<String> r = get(server, "/api/search?q=x&sort=m%E1%BB%9Bi");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).path("error").asText())
          .isEqualTo("cannot sort by 'mới nhất': use relevance, newest or oldest");
    }
  }

  @Test
  void aTypedUserErrorKeepsItsMessage() throws Exception {
    try (CanboServer server = serve(exchange -> {
      throw new UserInputException("cannot group by 'tỉnh thành': use year, source or province");
    })) {
      HttpResponse<String> r = get(server, "/api/freq?by=x");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).path("error").asText()).startsWith("cannot group by");
    }
  }

  @Test
  void anIllegalArgumentFromABugIsAnInternalError() throws Exception {
    try (CanboServer server = serve(exchange -> {
      throw new IllegalArgumentException("index 7 out of bounds for length 3");
    })) {
      HttpResponse<String> r = get(server, "/api/search?q=c%C3%A1n+b%E1%BB%99");
      assertThat(r.statusCode()).isEqualTo(500);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.path("error").asText()).isEqualTo("internal error; see the server log");
      assertThat(r.body()).doesNotContain("out of bounds");
    }
  }

  @Test
  void aRuntimeExceptionIsAnInternalError() throws Exception {
    try (CanboServer server = serve(exchange -> {
      throw new IllegalStateException("searcher closed");
    })) {
      assertThat(get(server, "/api/health").statusCode()).isEqualTo(500);
    }
  }

  private static CanboServer serve(Dispatcher.Route api) throws IOException {
    ObjectMapper json = SafeJson.html();
    ServerConfig config = ServerConfig.loopback(0);
    return CanboServer.start(new Dispatcher(config.hostNames(), api, path -> false,
        new StaticFiles()::serve, json), config, json);
  }

  private HttpResponse<String> get(CanboServer server, String path)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(server.url().replaceAll("/$", "") + path)).timeout(Duration.ofSeconds(30)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
