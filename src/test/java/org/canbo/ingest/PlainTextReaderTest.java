package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming plain-text reading gives what reading the whole file would, within the limit. */
class PlainTextReaderTest {
  @TempDir Path dir;

  @Test
  void aFileInMemoryReadsAsTheStreamedFile() throws IOException {
    String seed = Files.readString(Fixtures.SEED, StandardCharsets.UTF_8);
    byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
    String japanese = "日本語のテキストです。東京都は日本の首都です。\n".repeat(40);
    byte[][] files = {
        utf8,
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8),
        Arrays.copyOf(utf8, utf8.length - 1), // a cut last letter: not UTF-8
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Arrays.copyOf(utf16, utf16.length - 1)),
        seed.getBytes(StandardCharsets.UTF_16BE),
        Fixtures.windows1258(Fixtures.collapse(seed)),
        Fixtures.tcvn3(seed).getBytes(StandardCharsets.ISO_8859_1),
        Fixtures.FRENCH.getBytes(StandardCharsets.ISO_8859_1),
        japanese.getBytes(Charset.forName("Shift_JIS")),
        japanese.getBytes(Charset.forName("ISO-2022-JP")),
    };
    for (int i = 0; i < files.length; i++) {
      Path file = Files.write(dir.resolve(i + ".txt"), files[i]);
      PlainTextReader.Result streamed = PlainTextReader.read(file, 1_000_000);
      assertThat(PlainTextReader.read(files[i], 1_000_000)).as(file + " " + streamed.charset())
          .isEqualTo(streamed);
      assertThat(PlainTextReader.read(files[i], 999)).isEqualTo(PlainTextReader.read(file, 999));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void linesAreParagraphsWhateverTheLineBreaks() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "\uFEFFMột\r\n\r\nHai\rBa\n   \nBốn",
        StandardCharsets.UTF_8);
    PlainTextReader.Result read = PlainTextReader.read(file, 1000);
    assertThat(read.text()).isEqualTo("Một\nHai\nBa\nBốn");
    assertThat(read.truncated()).isFalse();
  }

  @Test
  void aHugeLineWithoutBreaksIsNormalisedChunkByChunkAndCut() throws IOException {
    String word = Normalizer.normalize("Nghị quyết ", Normalizer.Form.NFD);
    int words = 3 * PlainTextReader.CHUNK / word.length();
    Path file = dir.resolve("one-line.txt");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < words; i++) {
        out.write(word);
      }
    }
    String expected = Normalizer.normalize(word.repeat(words), Normalizer.Form.NFC);
    PlainTextReader.Result whole = PlainTextReader.read(file, Integer.MAX_VALUE - 16);
    // Compared as booleans: a failure message of megabytes helps nobody.
    assertThat(whole.text().length()).isEqualTo(expected.length());
    assertThat(whole.text().equals(expected)).as("same text as normalising it whole").isTrue();
    assertThat(whole.truncated()).isFalse();

    PlainTextReader.Result cut = PlainTextReader.read(file, PlainTextReader.CHUNK + 7);
    assertThat(cut.truncated()).isTrue();
    assertThat(cut.text().equals(expected.substring(0, PlainTextReader.CHUNK + 7))).isTrue();
  }

  @Test
  void textOfExactlyTheLimitIsNotTruncated() throws IOException {
    Path file = Files.writeString(dir.resolve("b.txt"), "abc\ndef\n\n", StandardCharsets.UTF_8);
    assertThat(PlainTextReader.read(file, 7).truncated()).isFalse();
    assertThat(PlainTextReader.read(file, 6))
        .isEqualTo(new PlainTextReader.Result("abc\nde", StandardCharsets.UTF_8, true));
  }
}
