package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.canbo.ingest.legacy.LegacyDetector;
import org.canbo.ingest.legacy.LegacyEncoding;
import org.canbo.model.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed text encoded into TCVN3 and VNI by our own encoder comes back identical from TXT, HTML and
 * DOCX with {@code legacy_encoding} set; French, Spanish and German stay untouched.
 */
class LegacyEncodingTest {
  private static final Path SEED = Path.of("corpus/000_7ea46ac1337f9b94.txt");
  @TempDir Path dir;
  private final TikaDocumentParser parser = new TikaDocumentParser(IngestLimits.DEFAULTS);

  @Test
  void tcvn3AndVniComeBackIdenticalFromTxtHtmlAndDocx() throws IOException {
    // An 8-bit file has no "…": TCVN3 uses its Windows-1252 byte for "Ặ".
    List<String> paragraphs =
        Fixtures.paragraphs(SEED).stream().map(p -> p.replace("…", "...")).toList();
    String expected = String.join("\n", paragraphs);
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      List<String> encoded = paragraphs.stream().map(encoding::encode).toList();
      assertThat(encoded.get(0)).isNotEqualTo(paragraphs.get(0));
      Path txt = Files.write(dir.resolve(encoding + ".txt"),
          String.join("\n", encoded).getBytes(StandardCharsets.ISO_8859_1));
      Path html = Files.writeString(dir.resolve(encoding + ".html"), Fixtures.html(encoded, true));
      // Word documents are TCVN3 ABC (VN3): toned capitals, which the full table puts on C0/C1
      // control codes that XML cannot carry, are typed as small letters there.
      List<String> vn3 = paragraphs.stream().map(p -> vn3(encoding, p)).toList();
      Path docx = docx(vn3.stream().map(encoding::encode).toList(),
          encoding == LegacyEncoding.TCVN3 ? ".VnTime" : "VNI-Times", dir.resolve(encoding + ".docx"));
      for (Path file : List.of(txt, html, docx)) {
        ParsedText parsed = success(parser.parse(file));
        assertThat(parsed.properties()).as(file.toString())
            .containsEntry(ParsedText.LEGACY_ENCODING, encoding.label());
        assertThat(Fixtures.lines(parsed.text())).as(file.toString())
            .containsExactlyElementsOf(Fixtures.lines(file == docx ? String.join("\n", vn3) : expected));
      }
    }
  }

  @Test
  void westernTextIsNeverConverted() throws IOException {
    LegacyDetector detector = new LegacyDetector();
    for (String western : List.of(Fixtures.FRENCH, Fixtures.SPANISH, Fixtures.GERMAN)) {
      for (LegacyEncoding font : new LegacyEncoding[] {null, LegacyEncoding.TCVN3, LegacyEncoding.VNI}) {
        assertThat(detector.detect(western, font)).as(western + " / " + font)
            .isInstanceOf(LegacyDetector.Unicode.class);
      }
      Path latin1 = Files.write(dir.resolve("w.txt"), western.getBytes(StandardCharsets.ISO_8859_1));
      ParsedText parsed = success(parser.parse(latin1));
      assertThat(parsed.text()).isEqualTo(western);
      assertThat(parsed.properties()).doesNotContainKey(ParsedText.LEGACY_ENCODING);
      ParsedText docx = success(parser.parse(docx(List.of(western), ".VnTime", dir.resolve("w.docx"))));
      assertThat(docx.text()).isEqualTo(western);
    }
  }

  @Test
  void legacyLookingTextThatDoesNotConvertFailsInsteadOfBeingIndexedAsGarbage() throws IOException {
    // TCVN3 marks on words that are no Vietnamese syllables: each word's letters reversed.
    StringBuilder scrambled = new StringBuilder();
    for (String word : LegacyEncoding.TCVN3.encode(Files.readString(SEED)).split(" ")) {
      scrambled.append(new StringBuilder(word).reverse()).append(' ');
    }
    Path txt = Files.write(dir.resolve("garbled.txt"),
        scrambled.toString().getBytes(StandardCharsets.ISO_8859_1));
    ParseOutcome outcome = parser.parse(txt);
    assertThat(outcome).isInstanceOf(ParseOutcome.Failure.class);
    assertThat(((ParseOutcome.Failure) outcome).reason()).isEqualTo(FailureReason.LEGACY_ENCODING);
    assertThat(((ParseOutcome.Failure) outcome).message()).startsWith(
        "legacy Vietnamese font encoding that could not be converted (TCVN3: ");
  }

  private static String vn3(LegacyEncoding encoding, String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      char code = encoding.encode(String.valueOf(c)).charAt(0);
      out.append(encoding == LegacyEncoding.TCVN3 && code < 0xA0 && code != c
          ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }

  /** A DOCX whose runs are set in {@code font}, as Word saves a .VnTime or VNI-Times document. */
  private static Path docx(List<String> paragraphs, String font, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      for (String p : paragraphs) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily(font);
        run.setText(p);
      }
      doc.write(os);
    }
    return out;
  }

  private static ParsedText success(ParseOutcome outcome) {
    assertThat(outcome).as(outcome.toString()).isInstanceOf(ParseOutcome.Success.class);
    return ((ParseOutcome.Success) outcome).parsed();
  }
}
