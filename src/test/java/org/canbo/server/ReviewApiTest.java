package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.canbo.TestModels;
import org.canbo.index.CorpusSearcher;
import org.canbo.review.ReviewStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review write API: each action through POST with the session's CSRF token, the CSV export
 * reflecting it, validation answered 400 naming the field, and writes from another origin,
 * without the token, of another type or too large refused.
 */
class ReviewApiTest {
  private static final String DOC = "000_7ea46ac1337f9b94";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static CorpusSearcher searcher;
  static CanboServer server;
  static Path index;
  static String cookie;
  static String token;
  static String csv;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void serve() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus", DOC + ".txt"), corpus.resolve(DOC + ".txt"));
    index = dir.resolve("index");
    TestServer.ingest(index, corpus);
    searcher = new CorpusSearcher(index, TestModels.SEGMENTER);
    server = CanboServer.start(searcher, ServerConfig.loopback(0), new ReviewStore(index), "tester");
    HttpResponse<String> session = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri("/api/session")).build(), HttpResponse.BodyHandlers.ofString());
    cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(session.headers().firstValue("Set-Cookie").get()).contains("HttpOnly", "SameSite=Strict");
    token = JSON.readTree(session.body()).get("csrf").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  static URI uri(String path) {
    return URI.create(server.url().replaceAll("/$", "") + path);
  }

  String origin() {
    return server.url().replaceAll("/$", "");
  }

  HttpResponse<String> post(String body, String origin, String csrf, String type) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/reviews"))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Cookie", cookie).header("Content-Type", type);
    if (origin != null) {
      b.header("Origin", origin);
    }
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String body) throws Exception {
    return post(body, origin(), token, "application/json");
  }

  String exportCsv(String query) throws Exception {
    return client.send(HttpRequest.newBuilder(uri("/api/export.csv?bom=0" + query)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  static String review(String surface, String action, String fields) throws Exception {
    String text = searcher.find(DOC).orElseThrow().text();
    int at = text.indexOf(surface);
    return "{\"doc\": \"" + DOC + "\", \"type\": \"figure\", \"start\": " + at + ", \"end\": "
        + (at + surface.length()) + ", \"action\": \"" + action + "\", \"fields\": " + fields + "}";
  }

  @Test
  void eachActionIsStoredAndTheCsvReflectsIt() throws Exception {
    assertThat(post(review("10 cán bộ", "confirm", "{}")).body()).contains("\"status\":\"confirmed\"");
    HttpResponse<String> corrected = post(review("41 công chức", "correct", "{\"value\": 42}"));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(post(review("14 viên chức", "reject", "{}")).statusCode()).isEqualTo(200);
    HttpResponse<String> added = post(review("2016-2018", "add",
        "{\"value\": 2016, \"kind\": \"count\", \"category\": \"other\"}"));
    assertThat(added.body()).contains("\"status\":\"added\"");

    String rows = exportCsv("");
    assertThat(rows).contains(",10 cán bộ,10,").contains(",confirmed,tester")
        .contains(",41 công chức,42,").contains(",corrected,tester")
        .contains(",2016-2018,2016,").contains(",added,tester")
        .doesNotContain(",14 viên chức,");
    assertThat(exportCsv("&include_rejected=1")).contains(",14 viên chức,").contains(",rejected,tester");
    assertThat(exportCsv("&reviewed_only=1").lines().count()).isEqualTo(4);

    JsonNode state = JSON.readTree(client.send(HttpRequest.newBuilder(
        uri("/api/reviews?doc=" + DOC)).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(state.get("items")).hasSize(4);
    // A fresh store (a restarted server) reads the same state from the journal.
    assertThat(new ReviewStore(index).reviews().of(DOC)).hasSize(4);
  }

  @Test
  void invalidReviewsAre400NamingTheField() throws Exception {
    assertField(post(review("10 cán bộ", "correct", "{\"valeur\": 3}")), "fields.valeur");
    assertField(post(review("10 cán bộ", "correct", "{\"category\": \"kỷ luật\"}")), "fields.category");
    assertField(post(review("10 cán bộ", "correct", "{\"kind\": \"ratio\"}")), "fields.denominator");
    assertField(post(review("10 cán bộ", "approve", "{}")), "action");
    assertField(post(review("Quảng Yên tập trung", "confirm", "{}")), "start");
    assertField(post(review("10 cán bộ", "confirm", "{}").replace(DOC, "khong_co")), "doc");
    assertField(post(review("10 cán bộ", "confirm", "{}").replaceFirst("\"end\": \\d+", "\"end\": 999999")), "end");
    assertField(post("[1, 2]"), "json");
  }

  private static void assertField(HttpResponse<String> r, String field) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("field").asText()).as(r.body()).isEqualTo(field);
  }

  @Test
  void writesFromAnotherOriginOrWithoutTheTokenAreRefused() throws Exception {
    String body = review("10 cán bộ", "confirm", "{}");
    assertThat(post(body, "http://evil.example", token, "application/json").statusCode()).isEqualTo(403);
    assertThat(post(body, "null", token, "application/json").statusCode()).isEqualTo(403);
    assertThat(post(body, origin(), null, "application/json").statusCode()).isEqualTo(403);
    assertThat(post(body, origin(), token + "x", "application/json").statusCode()).isEqualTo(403);
    assertThat(post(body, origin(), token, "text/plain").statusCode()).isEqualTo(415);
    String huge = body.replace("\"fields\": {}", "\"note\": \"" + "x".repeat(20_000) + "\"");
    // The server refuses an oversized body with 413 before reading it; when the refusal races the
    // upload the connection is closed instead. Either way nothing is written.
    java.nio.file.Path journal = index.resolve("reviews.jsonl");
    long before = java.nio.file.Files.exists(journal) ? java.nio.file.Files.size(journal) : 0;
    try {
      assertThat(post(huge).statusCode()).isEqualTo(413);
    } catch (java.io.IOException closedBeforeTheReply) {
      // refused by closing the connection: checked below that nothing was stored
    }
    assertThat(java.nio.file.Files.exists(journal) ? java.nio.file.Files.size(journal) : 0)
        .isEqualTo(before);
    HttpResponse<String> put = client.send(HttpRequest.newBuilder(uri("/api/reviews"))
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
  }
}
