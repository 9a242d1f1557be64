package org.canbo.cli;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.canbo.index.CorpusSearcher;
import org.canbo.ingest.Fixtures;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest end to end through the command line: seeds, format variants, bad input, idempotency. */
class IngestCommandTest {
  static final String S000 = "000_7ea46ac1337f9b94";
  static final String S001 = "001_8ddd9710a79e22ff";
  static final String S004 = "004_690c6362d5cbac14";
  @TempDir Path tmp;

  @Test
  void seedsComeOutWithTheExpectedCleanTextAndMetadata() throws IOException {
    Path index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--index", index.toString(), "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, ArticleMetadata> expected = Map.of(
        S000, new ArticleMetadata("Quảng Yên tập trung xây dựng đội ngũ cán bộ", "2019-05-30", null,
            "Mạnh Trường", "thị xã Quảng Yên", "tỉnh Quảng Ninh", null),
        S001, new ArticleMetadata("Cao Lộc: Chuyển biến từ thực hiện Nghị quyết 67", "2020-08-09",
            "LSO", "THANH MAI", "huyện Cao Lộc", "tỉnh Lạng Sơn", null),
        "002_fbd45eba101a796a", new ArticleMetadata(
            "Xây dựng đội ngũ cán bộ TX. Kỳ Anh đáp ứng yêu cầu tình hình mới", "--10-06",
            "Baohatinh.vn", null, "thị xã Kỳ Anh", "tỉnh Hà Tĩnh", null),
        "003_e149c863b3391813", new ArticleMetadata("Xây dựng Đảng là nhiệm vụ then chốt",
            "2018-10-03", "ĐBP", "Minh Thùy", "tỉnh Điện Biên", "tỉnh Điện Biên", null),
        S004, new ArticleMetadata("Khắc phục tình trạng cục bộ, khép kín trong công tác cán bộ",
            "2023-07-27", "Chinhphu.vn", "Hòa An", "thành phố Hà Nội", "thành phố Hà Nội", null));
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      for (var e : expected.entrySet()) {
        Document doc = searcher.find(e.getKey()).orElseThrow();
        assertThat(doc.metadata()).as(e.getKey()).isEqualTo(e.getValue());
        String expectedText = Files.readString(
            Path.of("src/test/resources/expected/" + e.getKey() + ".clean.txt"), StandardCharsets.UTF_8);
        assertThat(doc.text()).as(e.getKey()).isEqualTo(expectedText.strip());
      }
    }
  }

  @Test
  void htmlPdfAndDocxVariantsGiveTheSameTextAndMetadata() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("variants"));
    List<String> paragraphs = Fixtures.paragraphs(Fixtures.SEED);
    for (String format : List.of("txt", "html", "pdf", "docx")) {
      Files.createDirectories(corpus.resolve(format));
    }
    Files.copy(Fixtures.SEED, corpus.resolve("txt/" + S000 + ".txt"));
    Files.writeString(corpus.resolve("html/" + S000 + ".html"), Fixtures.html(paragraphs, true));
    Fixtures.pdf(paragraphs, corpus.resolve("pdf/" + S000 + ".pdf"), null);
    Fixtures.docx(paragraphs, corpus.resolve("docx/" + S000 + ".docx"));
    Path index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--index", index.toString(), corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      Document txt = searcher.find("txt/" + S000).orElseThrow();
      for (String format : List.of("html", "pdf", "docx")) {
        Document variant = searcher.find(format + "/" + S000).orElseThrow();
        assertThat(variant.text()).as(format).isEqualTo(txt.text());
        ArticleMetadata expected = format.equals("html")
            // the page's og:site_name fills the source the plain text lacks
            ? new ArticleMetadata(txt.metadata().title(), txt.metadata().date(), "Báo Quảng Ninh",
                txt.metadata().author(), txt.metadata().locality(), txt.metadata().province(), null)
            : txt.metadata();
        assertThat(variant.metadata()).as(format).isEqualTo(expected);
      }
      Document pdf = searcher.find("pdf/" + S000).orElseThrow();
      assertThat(pdf.pages().pageCount()).isGreaterThanOrEqualTo(2);
      int lastPage = pdf.pages().starts()[pdf.pages().pageCount() - 1];
      assertThat(pdf.pages().pageOf(lastPage)).isEqualTo(pdf.pages().pageCount());
      assertThat(pdf.pages().pageOf(0)).isEqualTo(1);
    }
  }

  @Test
  void badFilesAreReportedAndTheRestIsIndexed() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("mixed"));
    Files.copy(Path.of("corpus/" + S000 + ".txt"), corpus.resolve("good.txt"));
    Files.writeString(corpus.resolve("empty.txt"), "");
    byte[] pdf = pdfBytes();
    Files.write(corpus.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(corpus.resolve("random.docx"), noise);
    String s001 = Files.readString(Path.of("corpus/" + S001 + ".txt"), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("nfd.txt"), Normalizer.normalize(s001, Normalizer.Form.NFD));
    String s004 = Files.readString(Path.of("corpus/" + S004 + ".txt"), StandardCharsets.UTF_8);
    Files.write(corpus.resolve("legacy1258.txt"), Fixtures.windows1258(s004));

    Path index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--index", index.toString(), corpus.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.out()).contains("files seen: 6", "ingested: 3", "failed: 3");
    assertThat(run.err().lines().filter(l -> l.startsWith(corpus.toString())).toList())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith(corpus.resolve("empty.txt") + ": empty"))
        .anySatisfy(l -> assertThat(l).startsWith(corpus.resolve("truncated.pdf") + ": corrupt"))
        .anySatisfy(l -> assertThat(l).startsWith(corpus.resolve("random.docx") + ": "));
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      Document nfd = searcher.find("nfd").orElseThrow();
      assertThat(nfd.metadata().title()).isEqualTo("Cao Lộc: Chuyển biến từ thực hiện Nghị quyết 67");
      assertThat(Normalizer.isNormalized(nfd.text(), Normalizer.Form.NFC)).isTrue();
      Document legacy = searcher.find("legacy1258").orElseThrow();
      assertThat(legacy.source().charset()).isEqualToIgnoringCase("windows-1258");
      assertThat(legacy.text()).contains("Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến");
    }
  }

  @Test
  void nothingUsableIsExitOne() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(corpus.resolve("empty.txt"), "   \n");
    CliRun run = CliRun.of("ingest", "--index", tmp.resolve("index").toString(), corpus.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
  }

  @Test
  void reIngestSkipsUnchangedAndReplacesChangedFiles() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Path index = tmp.resolve("index");
    String[] ingest = {"ingest", "--in-process", "--index", index.toString(), corpus.toString()};
    assertThat(CliRun.of(ingest).out()).contains("ingested: 5");
    CliRun again = CliRun.of(ingest);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("ingested: 0", "unchanged: 5");

    Path changed = corpus.resolve(S001 + ".txt");
    Files.writeString(changed, Files.readString(changed) + "\nĐoạn bổ sung về quy hoạch xanhlam.\n");
    CliRun third = CliRun.of(ingest);
    assertThat(third.out()).contains("ingested: 1", "unchanged: 4");
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      assertThat(searcher.count()).isEqualTo(5);
      assertThat(searcher.search(org.canbo.index.SearchRequest.of("xanhlam", 10)).hits())
          .extracting(h -> h.id()).containsExactly(S001);
    }
  }

  private byte[] pdfBytes() throws IOException {
    Path pdf = tmp.resolve("whole.pdf");
    Fixtures.pdf(Fixtures.paragraphs(Fixtures.SEED), pdf, null);
    return Files.readAllBytes(pdf);
  }
}
