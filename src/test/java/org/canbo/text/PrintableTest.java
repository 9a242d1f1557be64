package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void lineBreaksAndControlCharactersAreEscaped() {
    assertThat(Printable.escape("a\nb\rc\td\u0000e\u001b[31mf\u007fg\u0085h"))
        .isEqualTo("a\\nb\\rc\\td\\x00e\\x1b[31mf\\x7fg\\x85h");
  }

  @Test
  void bidiOverridesSeparatorsAndLoneSurrogatesAreEscaped() {
    assertThat(Printable.escape("txt.\u202Eexe\u2028x\u2029\uD800"))
        .isEqualTo("txt.\\u202eexe\\u2028x\\u2029\\ud800");
  }

  @Test
  void backslashIsDoubledSoEscapesReadBackUnambiguously() {
    assertThat(Printable.escape("a\\nb")).isEqualTo("a\\\\nb");
  }

  @Test
  void vietnameseEmojiAndReplacementCharactersAreLeftAlone() {
    String s = "Nghị quyết 67 – Thành ủy \uD83D\uDE00 bad\uFFFD.txt";
    assertThat(Printable.escape(s)).isSameAs(s);
  }
}
