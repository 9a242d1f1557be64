package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CharClasses} answers as {@link Character} does, for every char. */
class CharClassesTest {
  @Test
  void answersAsCharacterForEveryChar() {
    int tabled = 0;
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(CharClasses.isWhitespace(c)).as("%04x", i).isEqualTo(Character.isWhitespace(c));
      assertThat(CharClasses.isLetterOrDigit(c)).as("%04x", i)
          .isEqualTo(Character.isLetterOrDigit(c));
      if (CharClasses.isTabledAndNotLowered(c)) {
        assertThat(Character.isSurrogate(c)).as("%04x", i).isFalse();
        assertThat(Character.toLowerCase((int) c)).as("%04x", i).isEqualTo(i);
        tabled++;
      }
    }
    // Every lower-case Vietnamese letter ("ệ", "ư", "đ") and every ASCII non-capital is tabled.
    assertThat(CharClasses.isTabledAndNotLowered('ệ')).isTrue();
    assertThat(CharClasses.isTabledAndNotLowered('Ệ')).isFalse();
    assertThat(CharClasses.isTabledAndNotLowered('đ')).isTrue();
    assertThat(tabled).isGreaterThan(0x1000);
  }
}
