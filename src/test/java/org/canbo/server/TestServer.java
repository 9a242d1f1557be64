package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.canbo.TestModels;
import org.canbo.cli.CanboCommand;
import org.canbo.index.CorpusSearcher;
import org.canbo.review.ReviewStore;

/**
 * A server on a free loopback port over a fresh index of the seed corpus plus one hostile article
 * (script and img tags in its title and body), with an HTTP client for it.
 */
final class TestServer implements AutoCloseable {
  static final String XSS_ID = "xss_attempt";
  static final String XSS_ARTICLE = """
      Cảnh giác <script>alert(1)</script> với mã độc

      Thứ Hai, 15/03/2021, 08:00 [GMT+7]

      Bài thử nghiệm bảo mật <img src=x onerror=alert(1)> trên trang tin. Năm 2020, Đảng bộ huyện \
      đã thi hành kỷ luật 3 đảng viên vi phạm.
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  final Path corpus;
  final Path index;
  final CorpusSearcher searcher;
  final CanboServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(Path corpus, Path index, CorpusSearcher searcher, CanboServer server) {
    this.corpus = corpus;
    this.index = index;
    this.searcher = searcher;
    this.server = server;
  }

  /** Copies the seed corpus and the hostile article under {@code dir}, ingests, and serves. */
  static TestServer start(Path dir) throws IOException {
    return start(dir, ServerLimits.DEFAULTS);
  }

  /** As {@link #start(Path)}, with other limits. */
  static TestServer start(Path dir, ServerLimits limits) throws IOException {
    return start(dir, limits, null);
  }

  /**
   * As {@link #start(Path)}, taking reviews (written into this fresh index's directory, never a
   * shared one) recorded under {@code reviewer}.
   */
  static TestServer startReviewing(Path dir, String reviewer) throws IOException {
    return start(dir, ServerLimits.DEFAULTS, reviewer);
  }

  private static TestServer start(Path dir, ServerLimits limits, String reviewer)
      throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (Stream<Path> seed = Files.list(Path.of("corpus"))) {
      for (Path p : seed.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    Files.writeString(corpus.resolve(XSS_ID + ".txt"), XSS_ARTICLE);
    Path index = dir.resolve("index");
    ingest(index, corpus);
    ServerConfig config = ServerConfig.loopback(0).withLimits(limits);
    if (reviewer == null) {
      CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER);
      return new TestServer(corpus, index, searcher, CanboServer.start(searcher, config));
    }
    // One store for the searcher and the review endpoints, as `serve` has.
    ReviewStore reviews = new ReviewStore(index);
    CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER, reviews);
    return new TestServer(corpus, index, searcher,
        CanboServer.start(searcher, config, reviews, reviewer));
  }

  static void ingest(Path index, Path corpus) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CanboCommand.commandLine(out, err)
        .execute("ingest", "--in-process", "--index", index.toString(), corpus.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** {@code http://127.0.0.1:PORT} + path. */
  URI uri(String pathAndQuery) {
    return URI.create(server.url().replaceAll("/$", "") + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery);
  }

  HttpResponse<String> send(String method, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GETs JSON, asserting a 200 with the JSON content type. */
  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    return JSON.readTree(r.body());
  }

  /**
   * POSTs one review (a JSON object) with a fresh session's cookie, CSRF token and this server's
   * origin, as the page does.
   */
  HttpResponse<String> postReview(String body) throws IOException, InterruptedException {
    HttpResponse<String> session = get("/api/session");
    String cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String token = JSON.readTree(session.body()).get("csrf").asText();
    HttpRequest request = HttpRequest.newBuilder(uri("/api/reviews"))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Cookie", cookie).header("X-CSRF-Token", token)
        .header("Origin", server.url().replaceAll("/$", ""))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
  }
}
