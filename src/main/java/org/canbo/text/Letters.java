package org.canbo.text;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} for the chars
 * Vietnamese is written in (below U+2000: ASCII, Latin-1, the Latin extensions and the precomposed
 * Vietnamese letters), read from tables built from Character itself, so they give the same
 * answers; other chars are asked of Character. Scanners that test every char of an article use
 * them: Character's look-up for a Vietnamese letter goes through several tables.
 */
public final class Letters {
  /** Chars below this are in the tables. */
  private static final int TABLE = 0x2000;
  private static final byte LETTER = 1;
  private static final byte LETTER_OR_DIGIT = 2;
  private static final byte[] FLAGS = new byte[TABLE];

  static {
    for (char c = 0; c < TABLE; c++) {
      FLAGS[c] = (byte) ((Character.isLetter(c) ? LETTER : 0)
          | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0));
    }
  }

  private Letters() {}

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return c < TABLE ? (FLAGS[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return c < TABLE ? (FLAGS[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
  }
}
