package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.canbo.TestModels;
import org.canbo.index.CorpusSearcher;
import org.canbo.ingest.Fixtures;
import org.canbo.ingest.warc.WarcFixtures;
import org.canbo.model.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives end to end: pages become articles, other records are counted, re-ingest is idempotent. */
class WarcIngestTest {
  private static final Instant FETCHED = Instant.parse("2019-05-30T01:00:00Z");
  private static final String A = "https://www.baoquangninh.vn/quang-yen-tap-trung.html";
  private static final String B = "https://baolangson.vn/cao-loc-chuyen-bien.html?p=1";
  @TempDir Path tmp;

  /** A page whose {@code <meta>} claims UTF-8 while its bytes are what the HTTP header says. */
  private static String page(List<String> paragraphs) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>" + Entities.escape(paragraphs.get(0)) + "</title></head><body>"
        + "<nav><a href=\"/\">Trang chủ</a></nav><article><h1>"
        + Entities.escape(paragraphs.get(0)) + "</h1>");
    for (String p : paragraphs.subList(1, paragraphs.size())) {
      html.append("<p>").append(Entities.escape(p)).append("</p>");
    }
    return html.append("</article><footer>Báo Lạng Sơn</footer></body></html>").toString();
  }

  private Path crawl(String name) throws IOException {
    String a = Fixtures.html(Fixtures.paragraphs(Fixtures.SEED), true).replace("<head>",
        "<head><link rel=\"canonical\" href=\"https://baoquangninh.vn/canonical-a.html\">");
    List<String> seed001 = Fixtures.paragraphs(Path.of("corpus/001_8ddd9710a79e22ff.txt"));
    Path file = tmp.resolve(name);
    try (WarcFixtures w = WarcFixtures.create(file)) {
      w.request(A, FETCHED)
          .response(A, FETCHED, 200, "text/html; charset=utf-8", a.getBytes(StandardCharsets.UTF_8))
          .response("https://baoquangninh.vn/logo.png", FETCHED, 200, "image/png", new byte[] {1})
          .response("https://baoquangninh.vn/cu.html", FETCHED, 404, "text/html",
              "<html><body><p>Không tìm thấy trang</p></body></html>".getBytes(StandardCharsets.UTF_8))
          .revisit(A, FETCHED.plusSeconds(86_400), FETCHED)
          .response(B, FETCHED.plusSeconds(60), 200, "text/html; charset=windows-1258",
              Fixtures.windows1258(page(seed001)));
    }
    return file;
  }

  @Test
  void everyHtmlPageIsAnArticleAndReingestIsIdempotent() throws IOException {
    Path warc = crawl("crawl.warc.gz");
    Path index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--index", index.toString(), warc.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("files seen: 2", "ingested: 2", "failed: 0",
        "archive records skipped: 3 (1 revisits, 1 not HTML, 1 not status 200, 0 address "
            + "captured again)");
    assertThat(run.err()).doesNotContain("logo.png", "cu.html");
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      Document a = searcher.find("baoquangninh.vn/quang-yen-tap-trung").orElseThrow();
      assertThat(a.metadata().url()).isEqualTo(A);
      assertThat(a.metadata().title()).isEqualTo("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
      assertThat(a.metadata().date()).isEqualTo("2019-05-30");
      assertThat(a.source().fetched()).isEqualTo("2019-05-30T01:00:00Z");
      assertThat(a.source().path()).startsWith(warc + "#offset=");
      assertThat(a.text()).contains("Xây dựng đội ngũ cán bộ các cấp vừa hồng, vừa chuyên");

      Document b = searcher.find("baolangson.vn/cao-loc-chuyen-bien?p=1").orElseThrow();
      assertThat(b.source().charset()).isEqualToIgnoringCase("windows-1258");
      assertThat(b.metadata().title()).isEqualTo("Cao Lộc: Chuyển biến từ thực hiện Nghị quyết 67");
      assertThat(b.text()).contains("Cao Lộc").doesNotContain("\uFFFD");
      assertThat(b.source().fetched()).isEqualTo("2019-05-30T01:01:00Z");
    }
    CliRun again = CliRun.of("ingest", "--index", index.toString(), warc.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("ingested: 0", "unchanged: 2");
  }

  @Test
  void aPlainArchiveBesideFilesAndACorruptRecordGetOneLine() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path warc = crawl("crawl.warc");
    String text = Files.readString(warc, StandardCharsets.ISO_8859_1);
    int last = text.lastIndexOf("WARC/1.");
    int previous = text.lastIndexOf("WARC/1.", last - 1);
    // The revisit's header garbled: one line, the page after it still read.
    Files.writeString(corpus.resolve("crawl.warc"), text.substring(0, previous) + "WARX"
        + text.substring(previous + 4), StandardCharsets.ISO_8859_1);
    Files.copy(Fixtures.SEED, corpus.resolve("seed.txt"));
    CliRun run = CliRun.of("ingest", "--index", tmp.resolve("index").toString(), corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.out()).contains("files seen: 4", "ingested: 3", "failed: 1");
    assertThat(run.err().lines().filter(l -> l.contains("crawl.warc"))).hasSize(1)
        .allMatch(l -> l.contains("corrupt"));
  }
}
