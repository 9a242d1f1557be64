package org.canbo.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Font names counted on the bytes give the answer the regex on the Latin-1 text (zero bytes
 * removed) gave: on real pages, on pages that name the fonts, on UTF-16 font tables and where
 * names overlap or run into each other.
 */
class FontHintsTest {
  private static final Pattern NAMES = Pattern.compile("(\\.Vn[A-Z])|(VNI[-_][A-Z])");
  private static final Path PAGES = Path.of("../shared/html-bench/html");

  @TempDir Path dir;

  /** What FontHints answered when it ran the regex on the decoded text. */
  private static LegacyEncoding byRegex(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("\u0000", "");
    int tcvn3 = 0;
    int vni = 0;
    Matcher m = NAMES.matcher(text);
    while (m.find()) {
      tcvn3 += m.group(1) != null ? 1 : 0;
      vni += m.group(2) != null ? 1 : 0;
    }
    if (tcvn3 == 0 && vni == 0) {
      return null;
    }
    return tcvn3 >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
  }

  private static LegacyEncoding byBytes(byte[] bytes) {
    return FontHints.vote(bytes, bytes.length, true);
  }

  @Test
  void namesInTextAreCountedAsTheRegexCountsThem() {
    List<String> texts = List.of(
        "<font face=\".VnTime\">x</font>",
        "<font face=\"VNI-Times\">x</font> <span style=\"font-family:VNI_Helve\">",
        "<p style=\"font-family:.VnTime\">a</p><p style=\"font-family:VNI-Times\">b</p>",
        ".VnVNI-A VNI-B", // the TCVN3 name takes the V of the first VNI name: one each
        ".VnV.VnT VNI-.VnA", "VNI-a .vnTime .Vn VNI- VNI_", ".Vn", "VNI-", "..VnTVNI_T",
        "VNI-VNI-X .Vn.VnA", "plain text, no font names at all", "");
    for (String t : texts) {
      byte[] bytes = t.getBytes(StandardCharsets.ISO_8859_1);
      assertThat(byBytes(bytes)).as(t).isEqualTo(byRegex(bytes));
    }
    assertThat(byBytes(".VnVNI-A VNI-B".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(LegacyEncoding.TCVN3);
    assertThat(byBytes("VNI-Times .VnTime".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(LegacyEncoding.TCVN3);
  }

  @Test
  void utf16FontTablesAreReadWithoutTheirZeroBytes() {
    for (String t : List.of("\0.VnTime\0\0VNI-Times\0VNI_Helve", "Times New Roman\0Arial")) {
      for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        byte[] bytes = t.getBytes(charset);
        assertThat(byBytes(bytes)).as(t + " " + charset).isEqualTo(byRegex(bytes));
      }
    }
    assertThat(byBytes(".VnTime".getBytes(StandardCharsets.UTF_16LE)))
        .isEqualTo(LegacyEncoding.TCVN3);
  }

  @Test
  void realPagesAndPagesNamingFontsGiveTheRegexAnswer() throws IOException {
    List<byte[]> pages = new ArrayList<>();
    if (Files.isDirectory(PAGES)) {
      try (Stream<Path> s = Files.list(PAGES)) {
        for (Path p : s.sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            pages.add(in.readAllBytes());
          }
        }
      }
    }
    pages.add(Files.readAllBytes(Path.of("corpus/000_7ea46ac1337f9b94.txt")));
    int named = 0;
    for (byte[] page : List.copyOf(pages)) {
      String text = new String(page, StandardCharsets.ISO_8859_1);
      // The same page naming the fonts in its styles, and a name split by the file's end.
      pages.add((text.replace("font-family:", "font-family:.VnTime,VNI-Times,")
          .replace("<p>", "<p style=\"font-family:VNI_Helve\">") + ".VnT")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    for (byte[] page : pages) {
      LegacyEncoding expected = byRegex(page);
      named += expected == null ? 0 : 1;
      assertThat(byBytes(page)).isEqualTo(expected);
    }
    assertThat(named).isPositive();
  }

  @Test
  void aFileInMemoryIsNotReadAgain() throws IOException {
    Path file = Files.writeString(dir.resolve("p.html"), "<p style=\"font-family:VNI-Times\">x</p>");
    byte[] other = "<p style=\"font-family:.VnTime\">x</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(FontHints.of(file, "text/html")).isEqualTo(LegacyEncoding.VNI);
    assertThat(FontHints.of(file, "text/html", other)).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(FontHints.of(file, "text/plain", other)).isNull();
  }
}
