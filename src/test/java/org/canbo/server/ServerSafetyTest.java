package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server refuses, and how: limits, bad input, foreign hosts, methods, XSS. */
class ServerSafetyTest {
  @TempDir static Path tmp;
  static TestServer server;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(tmp);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/kwic", "/api/kwic?q=", "/api/kwic?q=%20%20", "/api/search?q=x&limit=101",
      "/api/search?q=x&limit=0", "/api/search?q=x&page=0", "/api/search?q=x&page=abc",
      "/api/search?q=x&sort=sideways", "/api/search?q=x&figure=rot", "/api/search?q=x&figure=rotation>>5",
      "/api/search?q=x&facet.colour=red", "/api/search?q=x&from=yesterday",
      "/api/search?q=%22%22", "/api/kwic?q=x&width=9999", "/api/kwic?q=x&sort=up",
      "/api/trend?q=x&by=week", "/api/figures?figure=rotaton>5", "/api/figures?q=x&where=colour=red",
      "/api/export.csv?q=x&figure=rot", "/api/export.csv?category=rotaton", "/api/articles/xss_attempt?q=%22"})
  void badInputIsA400WithAReadableMessage(String pathAndQuery) throws Exception {
    HttpResponse<String> r = server.get(pathAndQuery.replace(">", "%3E"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    String error = JSON.readTree(r.body()).get("error").asText();
    assertThat(error).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void queriesOverAThousandCharactersAreRefused() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=" + "a".repeat(1001));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("longer than 1000");
    assertThat(server.get("/api/search?q=" + "a%20".repeat(2100)).statusCode()).isEqualTo(400);
  }

  @Test
  void foreignHostHeadersAreForbidden() throws Exception {
    int port = server.server.address().getPort();
    assertThat(rawStatus("evil.example")).isEqualTo(403);
    assertThat(rawStatus("evil.example:" + port)).isEqualTo(403);
    assertThat(rawStatus("127.0.0.1.evil.example")).isEqualTo(403);
    assertThat(rawStatus(null)).isIn(400, 403);
    // Malformed percent-encoding, which HttpClient refuses to send.
    assertThat(rawStatus("localhost", "/api/search?q=%zz")).isEqualTo(400);
    assertThat(rawStatus("localhost", "/api/articles/%zz")).isEqualTo(400);
    assertThat(rawStatus("localhost:" + port)).isEqualTo(200);
    assertThat(rawStatus("127.0.0.1")).isEqualTo(200);
    assertThat(rawStatus("[::1]:" + port)).isEqualTo(200);
  }

  /** A request written by hand, because HttpClient will not send a chosen Host header. */
  private static int rawStatus(String host) throws IOException {
    return rawStatus(host, "/api/health");
  }

  private static int rawStatus(String host, String path) throws IOException {
    return RawHttp.get(server.server.address(), host, path).status();
  }

  /**
   * Requests Jetty refuses before our handler runs, and ours: every one gets the JSON error and
   * the security headers of any other response.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "GET /api/search?q=%zz HTTP/1.1\r\nHost: localhost\r\n",
      "GET /api/articles/%zz HTTP/1.1\r\nHost: localhost\r\n",
      "GET /%zz HTTP/1.1\r\nHost: localhost\r\n",
      "GET /../pom.xml HTTP/1.1\r\nHost: localhost\r\n",
      "GET /api/health HTTP/1.1\r\n",
      "GET /api/health HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\n",
      "GET /api/health HTTP/9.9\r\nHost: localhost\r\n",
      "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: BIG\r\n",
      "POST /api/search?q=x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n",
      "GET /api/health HTTP/1.1\r\nHost: evil.example\r\n",
      "BREW /api/health HTTP/1.1\r\nHost: localhost\r\n"})
  void malformedRequestsGetTheJsonErrorAndTheSecurityHeaders(String request) throws Exception {
    String raw = request.replace("BIG", "x".repeat(20_000)) + "Connection: close\r\n\r\n"
        + (request.contains("Content-Length: 5") ? "hello" : "");
    RawHttp.Answer a = RawHttp.send(server.server.address(), raw);
    assertThat(a.status()).as(a.head()).isBetween(400, 505).isNotEqualTo(500);
    assertThat(a.hasHeader("Content-Type", "application/json")).as(a.head()).isTrue();
    assertThat(a.hasHeader("Content-Security-Policy", "default-src 'self'")).as(a.head()).isTrue();
    assertThat(a.hasHeader("X-Content-Type-Options", "nosniff")).as(a.head()).isTrue();
    String error = JSON.readTree(a.body()).get("error").asText();
    assertThat(error).isNotBlank().doesNotContain("Exception").doesNotContain("org.");
  }

  @Test
  void jettysOwnRefusalsAreNamed() throws Exception {
    InetSocketAddress address = server.server.address();
    assertThat(RawHttp.get(address, "localhost", "/api/articles/%zz").body())
        .contains("malformed percent-encoding");
    RawHttp.Answer climb = RawHttp.get(address, "localhost", "/%2e%2e/pom.xml");
    assertThat(climb.status()).isEqualTo(404);
    RawHttp.Answer big = RawHttp.send(address, "GET /api/health HTTP/1.1\r\nHost: localhost\r\n"
        + "X-Big: " + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
    assertThat(big.status()).isEqualTo(431);
    assertThat(big.body()).contains("longer than 16384 bytes");
    RawHttp.Answer body = RawHttp.send(address, "POST /api/search?q=x HTTP/1.1\r\nHost: "
        + "localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    assertThat(body.status()).isEqualTo(413);
    assertThat(body.body()).contains("no request bodies");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/nope", "/api", "/api/articles/", "/etc/passwd", "/../pom.xml",
      "/%2e%2e/pom.xml", "/web/app.js", "/org/canbo/server/web/app.js", "/index.html/", "/App.js"})
  void unknownPathsAre404(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    HttpResponse<String> head = server.send("HEAD", "/");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(server.send("HEAD", "/api/search?q=x").statusCode()).isEqualTo(200);
    assertThat(server.send("HEAD", "/api/export.csv").statusCode()).isEqualTo(200);
    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE")) {
      HttpResponse<String> r = server.send(method, "/api/search?q=x");
      assertThat(r.statusCode()).as(method).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/health", "/api/search", "/nope")) {
      HttpResponse<String> r = server.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get()
          .asString().startsWith("default-src 'self'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void thePageHasNoInlineScriptOrStyle() throws Exception {
    String html = server.get("/").body();
    assertThat(html).contains("<script type=\"module\" src=\"app.js\"></script>")
        .doesNotContainPattern("<script(?![^>]*src=)").doesNotContain("style=")
        .doesNotContain("<style").doesNotContainPattern("\\son[a-z]+=");
    for (String script : StaticFiles.SCRIPTS) {
      HttpResponse<String> js = server.get("/" + script);
      assertThat(js.headers().firstValue("Content-Type")).as(script)
          .hasValue("text/javascript; charset=utf-8");
      assertThat(js.body()).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
          .doesNotContain("insertAdjacentHTML").doesNotContain("eval(")
          .doesNotContain("document.write").doesNotContain("new Function");
    }
  }

  @Test
  void scriptInAnArticleStaysTextInTheJson() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=alert");
    // The raw body has no markup at all: < > & ' are \\u escapes in every string.
    assertThat(r.body()).doesNotContain("<").doesNotContain(">");
    JsonNode hit = JSON.readTree(r.body()).get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(TestServer.XSS_ID);
    assertThat(hit.get("title").asText()).isEqualTo("Cảnh giác <script>alert(1)</script> với mã độc");
    String snippets = hit.get("snippets").toString();
    assertThat(snippets).contains("&lt;script&gt;").doesNotContain("<script")
        .doesNotContain("<img");
    assertThat(snippets.replaceAll("</?mark>", "")).doesNotContain("<");
    JsonNode article = JSON.readTree(server.get("/api/articles/" + enc(TestServer.XSS_ID)).body());
    assertThat(article.get("text").asText()).contains("<img src=x onerror=alert(1)>");
  }
}
