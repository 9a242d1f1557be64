package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Letters} answers as {@link Character} for every char, in its tables and beyond them. */
class LettersTest {
  @Test
  void answersAsCharacterForEveryChar() {
    int letters = 0;
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(Letters.isLetter(c)).as("isLetter U+%04X", i).isEqualTo(Character.isLetter(c));
      assertThat(Letters.isLetterOrDigit(c)).as("isLetterOrDigit U+%04X", i)
          .isEqualTo(Character.isLetterOrDigit(c));
      letters += Letters.isLetter(c) ? 1 : 0;
    }
    assertThat(letters).isGreaterThan(40_000);
    assertThat(Letters.isLetter('ữ')).isTrue();
    assertThat(Letters.isLetterOrDigit('7')).isTrue();
    assertThat(Letters.isLetter('7')).isFalse();
  }
}
