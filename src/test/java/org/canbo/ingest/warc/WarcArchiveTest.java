package org.canbo.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcArchiveTest {
  private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");
  @TempDir Path tmp;

  /** What a visitor saw: pages and problems, in order. */
  private static final class Seen implements WarcArchive.Visitor {
    final List<ArchivedPage> pages = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void page(ArchivedPage page) {
      pages.add(page);
    }

    @Override
    public void problem(long offset, String uri, String reason) {
      problems.add(offset + " " + uri + " " + reason);
    }
  }

  private static byte[] html(String text) {
    return ("<html><head><title>" + text + "</title></head><body><p>" + text + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private Path crawl(String name) throws IOException {
    Path file = tmp.resolve(name);
    try (WarcFixtures w = WarcFixtures.create(file)) {
      w.request("https://baoquangninh.vn/a.html", T)
          .response("https://baoquangninh.vn/a.html", T, 200, "text/html; charset=UTF-8",
              html("Quảng Yên"))
          .revisit("https://baoquangninh.vn/a.html", T.plusSeconds(3600), T)
          .response("https://baoquangninh.vn/logo.jpg", T, 200, "image/jpeg", new byte[] {1, 2, 3})
          .response("https://baoquangninh.vn/gone.html", T, 404, "text/html", html("không thấy"))
          .response("https://baoquangninh.vn/b.html", T.plusSeconds(60), 200,
              "application/xhtml+xml", html("Kỳ Anh"));
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
  void htmlPagesWithStatus200AreReadTheRestCounted(String name) throws IOException {
    Path file = crawl(name);
    Seen seen = new Seen();
    SkippedRecords skipped = new WarcArchive(1 << 20).read(file, seen);
    assertThat(seen.problems).isEmpty();
    assertThat(seen.pages).extracting(ArchivedPage::uri)
        .containsExactly("https://baoquangninh.vn/a.html", "https://baoquangninh.vn/b.html");
    ArchivedPage a = seen.pages.get(0);
    assertThat(a.fetched()).isEqualTo(T);
    assertThat(a.charset()).isEqualToIgnoringCase("utf-8");
    assertThat(new String(a.body(), StandardCharsets.UTF_8)).contains("<p>Quảng Yên</p>");
    assertThat(seen.pages.get(1).charset()).isNull();
    assertThat(skipped).isEqualTo(new SkippedRecords(1, 1, 1, 0));
  }

  @Test
  void aPageOverTheSizeLimitIsAProblemNotAPage() throws IOException {
    Path file = crawl("big.warc");
    Seen seen = new Seen();
    new WarcArchive(20).read(file, seen);
    assertThat(seen.pages).isEmpty();
    assertThat(seen.problems).hasSize(2).allMatch(p -> p.contains("larger than the size limit"));
  }

  @Test
  void aCorruptHeaderCostsOneRecordNotTheRest() throws IOException {
    Path file = tmp.resolve("three.warc");
    try (WarcFixtures w = WarcFixtures.create(file)) {
      for (int i = 1; i <= 3; i++) {
        w.response("https://x.vn/" + i + ".html", T, 200, "text/html", html("bài " + i));
      }
    }
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    int second = text.indexOf("WARC/1.", 1);
    Files.writeString(file, text.substring(0, second) + "WARX" + text.substring(second + 4),
        StandardCharsets.ISO_8859_1);
    Seen seen = new Seen();
    new WarcArchive(1 << 20).read(file, seen);
    assertThat(seen.pages).extracting(ArchivedPage::uri)
        .containsExactly("https://x.vn/1.html", "https://x.vn/3.html");
    assertThat(seen.problems).hasSize(1);
    assertThat(seen.problems.get(0)).startsWith("0 null corrupt data after this record");
  }

  @Test
  void aCorruptGzipMemberCostsOneRecordNotTheRest() throws IOException {
    Path file = tmp.resolve("three.warc.gz");
    List<Long> starts = new ArrayList<>();
    try (WarcFixtures w = WarcFixtures.create(file)) {
      for (int i = 1; i <= 3; i++) {
        starts.add(Files.size(file));
        w.response("https://x.vn/" + i + ".html", T, 200, "text/html",
            html("bài số " + i + " ".repeat(i) + "Quảng Yên tập trung xây dựng đội ngũ cán bộ"));
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    // Garble the middle of the second member's deflate stream.
    int middle = (int) ((starts.get(1) + starts.get(2)) / 2);
    for (int i = middle - 8; i < middle + 8; i++) {
      bytes[i] ^= 0x5a;
    }
    Files.write(file, bytes);
    Seen seen = new Seen();
    new WarcArchive(1 << 20).read(file, seen);
    assertThat(seen.pages).extracting(ArchivedPage::uri)
        .containsExactly("https://x.vn/1.html", "https://x.vn/3.html");
    assertThat(seen.problems).hasSize(1);
  }

  @Test
  void pageIdsComeFromTheAddressWithoutSchemeWwwOrExtension() {
    assertThat(PageIds.of("https://www.baoquangninh.vn/quang-yen.html?p=2#top"))
        .isEqualTo("baoquangninh.vn/quang-yen?p=2");
    assertThat(PageIds.of("http://baoquangninh.vn/quang-yen.html"))
        .isEqualTo(PageIds.of("https://baoquangninh.vn/quang-yen.html"));
    assertThat(PageIds.of("https://Thanhnien.VN/")).isEqualTo("thanhnien.vn");
    assertThat(PageIds.of("https://x.vn/a b|c.htm")).isEqualTo("x.vn/a b|c");
  }
}
