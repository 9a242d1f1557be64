package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.ingest.TikaDocumentParserTest.failure;
import static org.canbo.ingest.TikaDocumentParserTest.success;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.canbo.model.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends as a specific failure or a flagged truncation, never silently. */
class BadInputTest {
  private final IngestLimits limits =
      IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS);
  private final TikaDocumentParser parser = new TikaDocumentParser(limits);

  @TempDir Path dir;

  @Test
  void zeroBytesAndWhitespaceOnlyAreEmpty() throws IOException {
    Path zero = Files.write(dir.resolve("zero.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  \n");
    Path blankHtml = Files.writeString(dir.resolve("blank.html"),
        "<html><head><title>x</title></head><body> <nav>Trang chủ</nav> </body></html>");
    failure(parser.parse(zero), FailureReason.EMPTY);
    failure(parser.parse(blank), FailureReason.EMPTY);
    failure(parser.parse(blankHtml), FailureReason.EMPTY);
  }

  @Test
  void oversizedFileIsRejectedBeforeParsing() throws IOException {
    TikaDocumentParser small = new TikaDocumentParser(limits.withMaxFileBytes(1000));
    ParseOutcome.Failure f = failure(small.parse(Fixtures.SEED), FailureReason.TOO_LARGE);
    assertThat(f.detail()).isEqualTo(Files.size(Fixtures.SEED) + " bytes > 1000");
  }

  @Test
  void textBeyondMaxCharsIsKeptUpToTheLimitAndFlagged() throws IOException {
    String full = success(parser.parse(Fixtures.SEED)).text();
    TikaDocumentParser small = new TikaDocumentParser(limits.withMaxChars(100));
    ParsedText cut = success(small.parse(Fixtures.SEED));
    assertThat(cut.truncated()).isTrue();
    assertThat(cut.text()).hasSize(100).isEqualTo(full.substring(0, 100));

    Path docx = dir.resolve("a.docx");
    Fixtures.docx(Fixtures.paragraphs(Fixtures.SEED), docx);
    String fullDocx = success(parser.parse(docx)).text();
    ParsedText cutDocx = success(small.parse(docx));
    assertThat(cutDocx.truncated()).isTrue();
    assertThat(cutDocx.text()).isEqualTo(fullDocx.substring(0, 100));
  }

  @Test
  void truncatedPdfIsCorruptWithAOneLineDetail() throws IOException {
    Path pdf = dir.resolve("whole.pdf");
    Fixtures.pdf(Fixtures.paragraphs(Fixtures.SEED), pdf, null);
    byte[] bytes = Files.readAllBytes(pdf);
    Path half = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
    ParseOutcome.Failure f = failure(parser.parse(half), FailureReason.CORRUPT);
    assertThat(f.detail()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
  }

  @Test
  void randomBytesNamedDocxAreCorrupt() throws IOException {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path docx = Files.write(dir.resolve("noise.docx"), noise);
    ParseOutcome.Failure f = failure(parser.parse(docx), FailureReason.CORRUPT);
    assertThat(f.detail()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void zipIsUnsupportedAndABlankImageHasNoText() throws IOException {
    Path zip = dir.resolve("bundle.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("a.txt"));
      out.write("Quảng Yên".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Path png = dir.resolve("photo.png");
    try (OutputStream out = Files.newOutputStream(png)) {
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, 1), "png", out);
    }
    assertThat(failure(parser.parse(zip), FailureReason.UNSUPPORTED).detail())
        .isEqualTo("application/zip");
    // Images are read by OCR now: a blank one has no text, named as such.
    assertThat(failure(parser.parse(png), FailureReason.NO_TEXT).detail()).contains("image/png");
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws IOException {
    Path pdf = dir.resolve("secret.pdf");
    Fixtures.pdf(List.of("Tài liệu mật", "Nội dung"), pdf, "user-secret");
    failure(parser.parse(pdf), FailureReason.ENCRYPTED);
  }

  @Test
  void missingFileIsReportedNotThrown() {
    ParseOutcome.Failure f = failure(parser.parse(dir.resolve("gone.pdf")), FailureReason.CORRUPT);
    assertThat(f.detail()).startsWith("NoSuchFileException");
  }
}
