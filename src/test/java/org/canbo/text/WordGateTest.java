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

  @Test
  void findsWhatAPlainScanOfEveryPositionFinds() throws java.io.IOException {
    List<String> words = List.of("huyện", "Tỉnh", "sở", "UBND", "đảng", "cán bộ", "ban", "x", "2");
    int found = 0;
    for (boolean afterDigit : List.of(false, true)) {
      WordGate g = afterDigit ? WordGate.afterNonLetter(words) : new WordGate(words);
      for (String text : org.canbo.SampleTexts.cleanTexts()) {
        String folded = WordGate.fold(text);
        for (int from = 0; from <= text.length() + 1; from += 3) {
          int expected = plainNext(text, folded, words, from, afterDigit);
          assertThat(g.next(text, from)).as("from %d of %s", from, text).isEqualTo(expected);
          found += expected >= 0 ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  /** The first word start at or after {@code from} where a folded word is written, or -1. */
  private static int plainNext(String text, String folded, List<String> words, int from,
      boolean afterDigit) {
    for (int p = Math.max(from, 0); p < text.length(); p++) {
      char before = p == 0 ? ' ' : text.charAt(p - 1);
      if (afterDigit ? Character.isLetter(before) : Character.isLetterOrDigit(before)) {
        continue;
      }
      for (String w : words) {
        if (folded.startsWith(WordGate.fold(w), p)) {
          return p;
        }
      }
    }
    return -1;
  }
}
