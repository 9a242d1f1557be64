package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.text.CanonicalText;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void syllablesFromTheCanonicalLayerAreTheSyllablesOfTheText() {
    String text = "Đ/c Nguyễn Văn Hoà, Phó Chủ tịch UBND TP.HCM, Bộ NN&PTNT; bà H'Hen Niê (Huyện uỷ).";
    CanonicalText layer = CanonicalText.of(text);
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        assertThat(Tokens.canonicalSyllables(layer.canonical(text, from, to), from))
            .as("[%d, %d)", from, to).isEqualTo(Tokens.syllables(text, from, to));
      }
    }
    assertThat(Tokens.syllables(text, 0, text.length()).tokens()).contains("Đ/c", "Hòa", "TP.HCM",
        "NN&PTNT", "H'Hen", "ủy");
  }

  @Test
  void seedArticles() throws IOException {
    for (Path p : Files.list(Path.of("corpus")).sorted().toList()) {
      String text = Files.readString(p);
      CanonicalText layer = CanonicalText.of(text);
      for (int from = 0, to = text.indexOf('\n'); to >= 0; from = to + 1, to = text.indexOf('\n', from)) {
        Tokens t = Tokens.syllables(text, from, to);
        assertThat(Tokens.canonicalSyllables(layer.canonical(text, from, to), from)).isEqualTo(t);
        for (int i = 0; i < t.size(); i++) {
          assertThat(text.substring(t.start(i), t.end(i))).hasSameSizeAs(t.token(i));
        }
      }
    }
  }
}
