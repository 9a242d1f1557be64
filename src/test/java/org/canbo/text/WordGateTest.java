package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordGateTest {
  private final WordGate gate = new WordGate(List.of("Huyện ủy", "Sở", "UBND"));

  @Test
  void findsAWordAtAWordStartInAnyCase() {
    String text = "Theo ubnd tỉnh, HUYỆN ỦY Cao Lộc và sở Nội vụ";
    assertThat(gate.next(text, 0)).isEqualTo(text.indexOf("ubnd"));
    assertThat(gate.next(text, text.indexOf("ubnd") + 1)).isEqualTo(text.indexOf("HUYỆN"));
    assertThat(gate.next(text, text.indexOf("HUYỆN") + 1)).isEqualTo(text.indexOf("sở"));
    assertThat(gate.next(text, text.indexOf("sở") + 1)).isEqualTo(-1);
  }

  @Test
  void skipsWordsInsideOtherWords() {
    assertThat(gate.next("XUBND và TTSở", 0)).isEqualTo(-1);
    assertThat(gate.next("số 3UBND", 0)).isEqualTo(-1);
    assertThat(gate.next("(Sở", 0)).isEqualTo(1);
  }

  @Test
  void aWordMayBeAPrefixOfTheTextWord() {
    assertThat(gate.next("Sởn gai ốc", 0)).isZero();
  }

  @Test
  void aWordCutOffByTheEndIsNoMatch() {
    assertThat(gate.next("Tại Huyện", 0)).isEqualTo(-1);
  }

  @Test
  void refusesAnEmptyWord() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WordGate(List.of("Sở", "")));
    assertThat(e).hasMessageContaining("must not be empty");
  }
}
