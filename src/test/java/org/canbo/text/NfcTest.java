package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NFC shortcut: stable chars are NFC alone and side by side; anything else is normalised. */
class NfcTest {
  private static List<Character> stable() {
    List<Character> out = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Nfc.isStable((char) c)) {
        out.add((char) c);
      }
    }
    return out;
  }

  @Test
  void everyStableCharIsNfcAloneAndBesideEveryOther() {
    List<Character> stable = stable();
    assertThat(stable).hasSizeGreaterThan(1000);
    StringBuilder pair = new StringBuilder("xx");
    for (char a : stable) {
      String alone = String.valueOf(a);
      int type = Character.getType(a);
      assertThat(type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK).as("U+%04X is a mark", (int) a).isFalse();
      assertThat(Normalizer.normalize(alone, Normalizer.Form.NFC)).as("U+%04X", (int) a).isEqualTo(alone);
      for (char b : stable) {
        pair.setCharAt(0, a);
        pair.setCharAt(1, b);
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X composes", (int) a, (int) b));
        }
      }
    }
  }

  @Test
  void vietnameseInNfcIsKeptAndDecomposedTextIsComposed() {
    String nfc = "Tỉnh ủy Quảng Ninh – “Đảng bộ” họp… 5.000.000₫";
    assertThat(Nfc.isStable(nfc)).isTrue();
    assertThat(Nfc.normalize(nfc)).isEqualTo(nfc);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(Nfc.isStable(nfd)).isFalse();
    assertThat(Nfc.normalize(nfd)).isEqualTo(nfc);
    // EN QUAD is a singleton NFC replaces with EN SPACE: not taken for stable.
    assertThat(Nfc.normalize("a\u2000b")).isEqualTo("a\u2002b");
  }
}
