package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming plain-text reading gives what reading the whole file would, within the limit. */
class PlainTextReaderTest {
  @TempDir Path dir;

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
