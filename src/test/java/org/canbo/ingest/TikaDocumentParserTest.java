package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canbo.model.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaDocumentParserTest {
  private final IngestLimits limits = IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS);
  private final TikaDocumentParser parser = new TikaDocumentParser(limits);

  @TempDir Path dir;

  static ParsedText success(ParseOutcome outcome) {
    assertThat(outcome).isInstanceOf(ParseOutcome.Success.class);
    return ((ParseOutcome.Success) outcome).parsed();
  }

  static ParseOutcome.Failure failure(ParseOutcome outcome, FailureReason reason) {
    assertThat(outcome).isInstanceOf(ParseOutcome.Failure.class);
    ParseOutcome.Failure f = (ParseOutcome.Failure) outcome;
    assertThat(f.reason()).as(f.message()).isEqualTo(reason);
    return f;
  }

  @Test
  void plainTextSeedGivesOneParagraphPerNonBlankLine() throws IOException {
    ParsedText parsed = success(parser.parse(Fixtures.SEED));
    assertThat(parsed.mediaType()).isEqualTo("text/plain");
    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.truncated()).isFalse();
    assertThat(parsed.text()).startsWith(
        "Quảng Yên tập trung xây dựng đội ngũ cán bộ\nThứ Năm, 30/05/2019, 07:35 [GMT+7]\n.\n");
    assertThat(Fixtures.lines(parsed.text())).isEqualTo(Fixtures.paragraphs(Fixtures.SEED));
  }

  @Test
  void htmlWithBoilerplateGivesTheArticleParagraphsAndHeadProperties() throws IOException {
    List<String> expected = Fixtures.paragraphs(Fixtures.SEED);
    for (boolean article : new boolean[] {true, false}) {
      Path html = dir.resolve("page-" + article + ".html");
      Files.writeString(html, Fixtures.html(expected, article), StandardCharsets.UTF_8);
      ParsedText parsed = success(parser.parse(html));
      assertThat(parsed.mediaType()).isEqualTo("text/html");
      assertThat(parsed.charset()).isEqualTo("UTF-8");
      assertThat(Fixtures.lines(parsed.text())).as("article element " + article).isEqualTo(expected);
      assertThat(parsed.properties())
          .containsEntry(ParsedText.TITLE, "Quảng Yên tập trung xây dựng đội ngũ cán bộ")
          .containsEntry(ParsedText.AUTHOR, "Mạnh Trường")
          .containsEntry(ParsedText.DATE, "2019-05-30T07:35:00+07:00")
          .containsEntry(ParsedText.SOURCE, "Báo Quảng Ninh");
    }
  }

  @Test
  void htmlInWindows1258WithMetaCharsetIsDecoded() throws IOException {
    String title = "Nghị quyết Đại hội về công tác cán bộ";
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=windows-1258\"><title>" + title + "</title></head><body><p>" + title
        + "</p></body></html>";
    Path html = dir.resolve("legacy.htm");
    Files.write(html, Fixtures.windows1258(page));
    ParsedText parsed = success(parser.parse(html));
    assertThat(parsed.text()).isEqualTo(title);
    assertThat(parsed.charset()).isEqualTo("windows-1258");
    assertThat(parsed.properties()).containsEntry(ParsedText.TITLE, title);
  }

  @Test
  void pdfKeepsParagraphsPagesAndProperties() throws IOException {
    List<String> expected = Fixtures.paragraphs(Fixtures.SEED);
    try {
      Fixtures.checkGlyphs(String.join(" ", expected));
    } catch (IllegalArgumentException e) {
      assumeTrue(false, "PDFBox's bundled LiberationSans lacks Vietnamese glyphs: " + e.getMessage());
    }
    Path pdf = dir.resolve("article.pdf");
    List<List<String>> pages = Fixtures.pdf(expected, pdf, null);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(2);

    ParsedText parsed = success(parser.parse(pdf));
    assertThat(parsed.mediaType()).isEqualTo("application/pdf");
    String[] parsedPages = parsed.text().split("\f", -1);
    assertThat(parsedPages).hasSameSizeAs(pages);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(Fixtures.lines(parsedPages[i])).as("page " + (i + 1)).isEqualTo(pages.get(i));
    }
    assertThat(parsed.properties())
        .containsEntry(ParsedText.TITLE, "Quảng Yên tập trung xây dựng đội ngũ cán bộ")
        .containsEntry(ParsedText.AUTHOR, "Mạnh Trường");
  }

  @Test
  void docxKeepsParagraphsAndCoreProperties() throws IOException {
    List<String> expected = Fixtures.paragraphs(Fixtures.SEED);
    Path docx = dir.resolve("article.docx");
    Fixtures.docx(expected, docx);
    ParsedText parsed = success(parser.parse(docx));
    assertThat(parsed.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(parsed.text().split("\n")).hasSize(expected.size());
    assertThat(Fixtures.lines(parsed.text())).isEqualTo(expected);
    assertThat(parsed.properties())
        .containsEntry(ParsedText.TITLE, "Quảng Yên tập trung xây dựng đội ngũ cán bộ")
        .containsEntry(ParsedText.AUTHOR, "Mạnh Trường")
        .containsEntry(ParsedText.DATE, "2019-05-30T07:35:00Z");
  }

  @Test
  void everySeedParsesAsItsOwnLines() throws IOException {
    List<Path> seeds = new ArrayList<>();
    try (var s = Files.list(Path.of("corpus"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(seeds::add);
    }
    assertThat(seeds).isNotEmpty();
    for (Path seed : seeds) {
      assertThat(Fixtures.lines(success(parser.parse(seed)).text())).as(seed.toString())
          .isEqualTo(Fixtures.paragraphs(seed));
    }
  }
}
