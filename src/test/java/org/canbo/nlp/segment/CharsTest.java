package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tabulated classes are exactly the JDK calls the lexer made before it tabulated them. */
class CharsTest {
  @Test
  void everyCharHasTheClassesTheJdkGivesIt() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int type = Character.getType(c);
      String at = String.format("U+%04X", i);
      assertThat(Chars.isSpace(c)).as(at).isEqualTo(c == ' ' || c == '\n' || c == '\t' || c == '\r'
          || (c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c))));
      boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          : Character.isLetter(c) || type == Character.NON_SPACING_MARK;
      assertThat(Chars.isLetter(c)).as(at).isEqualTo(letter);
      assertThat(Chars.isUpper(c)).as(at)
          .isEqualTo(c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c));
      assertThat(Chars.isLower(c)).as(at).isEqualTo(Character.isLowerCase(c));
      assertThat(Chars.isPunctuation(c)).as(at).isEqualTo(c < 128
          ? !(c >= '0' && c <= '9') && !letter && c > ' '
          : type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
              || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
              || type == Character.INITIAL_QUOTE_PUNCTUATION
              || type == Character.FINAL_QUOTE_PUNCTUATION);
      boolean notUpper = letter && !Chars.isUpper(c) && type != Character.NON_SPACING_MARK;
      assertThat(Chars.allUpper(String.valueOf(c), 0, 1)).as(at).isEqualTo(!notUpper);
    }
    assertThat(Chars.isLetter('ệ')).isTrue();
    assertThat(Chars.isUpper('Ủ')).isTrue();
    assertThat(Chars.isPunctuation('“')).isTrue();
  }
}
