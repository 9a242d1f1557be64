package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {
  private static final String TEXT =
      "Ông Nguyễn Văn Hoà, Phó Bí thư Huyện uỷ Ðiện Biên Ðông, thăm hỏi thuỷ lợi ở Hoà An.";

  @Test
  void everySliceIsWhatToneMarksGivesTheSubstring() {
    CanonicalText layer = CanonicalText.of(TEXT);
    for (int from = 0; from <= TEXT.length(); from++) {
      for (int to = from; to <= TEXT.length(); to++) {
        assertThat(layer.canonical(TEXT, from, to)).as("[%d, %d)", from, to)
            .isEqualTo(ToneMarks.canonical(TEXT.substring(from, to)));
      }
    }
  }

  @Test
  void aRangeCuttingASyllableIsNotTheLayersSlice() {
    CanonicalText layer = CanonicalText.of("Hoà");
    // the whole syllable moves its tone to "o"; its first two letters alone have none to move
    assertThat(layer.canonical()).isEqualTo("Hòa");
    assertThat(layer.canonical("Hoà", 0, 2)).isEqualTo("Ho");
    assertThat(layer.canonical("Hoà", 0, 3)).isEqualTo("Hòa");
  }

  @Test
  void seedArticlesSentenceBySentence() throws IOException {
    for (Path p : Files.list(Path.of("corpus")).sorted().toList()) {
      String text = Files.readString(p);
      CanonicalText layer = CanonicalText.of(text);
      int from = 0;
      for (int to = text.indexOf('.'); to >= 0; to = text.indexOf('.', to + 1)) {
        assertThat(layer.canonical(text, from, to + 1))
            .isEqualTo(ToneMarks.canonical(text.substring(from, to + 1)));
        from = to + 1;
      }
    }
  }

  @Test
  void anotherTextIsRefused() {
    CanonicalText layer = CanonicalText.of(TEXT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> layer.canonical("Hoà An", 0, 3));
    assertThat(e).hasMessageContaining("text of length 6");
  }
}
