package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.ingest.TikaDocumentParserTest.success;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text decoding of the seeds in the encodings Vietnamese files actually arrive in. */
class TextDecoderTest {
  private final TikaDocumentParser parser = new TikaDocumentParser(
      IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS));

  @TempDir Path dir;

  private static String seedText(int paragraphs) throws IOException {
    // Seed 000 writes one "Đ" as Icelandic "Ð" (U+00D0), which Windows-1258 lacks; skip that line.
    List<String> lines = Fixtures.paragraphs(Fixtures.SEED).stream()
        .filter(l -> l.indexOf('\u00D0') < 0).limit(paragraphs).toList();
    return String.join("\n", lines);
  }

  @Test
  void windows1258IsDetectedAndComposedToNfc() throws IOException {
    String original = seedText(8);
    byte[] bytes = Fixtures.windows1258(original);
    assertThat(Normalizer.normalize(new String(bytes, TextDecoder.WINDOWS_1258),
        Normalizer.Form.NFC)).as("fixture round trip").isEqualTo(original);

    ParsedText parsed = success(parser.parse(Files.write(dir.resolve("legacy.txt"), bytes)));
    assertThat(parsed.charset()).isEqualTo("windows-1258");
    assertThat(parsed.text()).isEqualTo(original);
  }

  @Test
  void nfdInputComesOutNfc() throws IOException {
    String original = seedText(5);
    String nfd = Normalizer.normalize(original, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(original);
    Path file = Files.writeString(dir.resolve("nfd.txt"), nfd, StandardCharsets.UTF_8);
    ParsedText parsed = success(parser.parse(file));
    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.text()).isEqualTo(original);
  }

  @Test
  void utf16WithAndWithoutBom() throws IOException {
    String original = seedText(5);
    ByteArrayOutputStream le = new ByteArrayOutputStream();
    le.write(0xFF);
    le.write(0xFE);
    le.writeBytes(original.getBytes(StandardCharsets.UTF_16LE));
    ParsedText withBom = success(parser.parse(Files.write(dir.resolve("le.txt"), le.toByteArray())));
    assertThat(withBom.charset()).isEqualTo("UTF-16LE");
    assertThat(withBom.text()).isEqualTo(original);

    byte[] be = original.getBytes(StandardCharsets.UTF_16BE);
    ParsedText noBom = success(parser.parse(Files.write(dir.resolve("be.txt"), be)));
    assertThat(noBom.charset()).isEqualTo("UTF-16BE");
    assertThat(noBom.text()).isEqualTo(original);
  }

  @Test
  void utf8BomIsDroppedAndCrlfSplitsLines() throws IOException {
    byte[] body = "Nghị quyết số 04-NQ/TU\r\n\r\nThành ủy Hà Nội\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ParsedText parsed = success(parser.parse(Files.write(dir.resolve("bom.txt"), bytes)));
    assertThat(parsed.text()).isEqualTo("Nghị quyết số 04-NQ/TU\nThành ủy Hà Nội");
  }

  @Test
  void westernLatin1IsNotMistakenForVietnamese() throws IOException {
    byte[] bytes = "Größe, Straße und Übermaß für Bücher".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextDecoder.detect(bytes)).isNotEqualTo(TextDecoder.WINDOWS_1258);
  }

  @Test
  void legacyVietnameseBytesAreReadAsLatin1NotAsWhatIcuGuesses() throws IOException {
    String original = seedText(8);
    // Tika's ICU detector calls TCVN3 bytes IBM420 (EBCDIC Arabic): control characters.
    for (String legacy : List.of(Fixtures.tcvn3(original), Fixtures.vni(original))) {
      byte[] bytes = legacy.getBytes(StandardCharsets.ISO_8859_1);
      assertThat(TextDecoder.detect(bytes)).isEqualTo(StandardCharsets.ISO_8859_1);
    }
  }
}
