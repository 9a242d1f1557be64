package org.canbo.nlp.ner;

import org.canbo.text.Letters;
import org.canbo.text.LowerCase;

/**
 * {@link Character}'s answers for the chars Vietnamese text is written in (below U+2000: ASCII,
 * Latin-1, the Latin extensions, combining marks and the precomposed Vietnamese letters),
 * read from a table built from Character itself, so they are the same answers; other chars are
 * asked of Character. Syllable tokenising and lower-casing run over every char of every sentence,
 * and Character's lookups for non-ASCII letters go through several tables each.
 */
final class CharClasses {
  /** Chars below this are in the table. */
  private static final int TABLE = 0x2000;
  private static final byte WHITESPACE = 1;
  private static final byte[] FLAGS = flags();

  private CharClasses() {}

  private static byte[] flags() {
    byte[] out = new byte[TABLE];
    for (char c = 0; c < TABLE; c++) {
      out[c] = Character.isWhitespace(c) ? WHITESPACE : 0;
    }
    return out;
  }

  /** {@link Character#isWhitespace(char)}. */
  static boolean isWhitespace(char c) {
    return c < TABLE ? (FLAGS[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, from the figures' table ({@link Letters}). */
  static boolean isLetterOrDigit(char c) {
    return Letters.isLetterOrDigit(c);
  }

  /**
   * Whether a char below the table's end is its own code point and {@link
   * Character#toLowerCase(int)} leaves it (the segmenter's {@link LowerCase} table, which is
   * {@code Character.toLowerCase(char)}: the same below the surrogates); false for chars beyond
   * the table (ask Character).
   */
  static boolean isTabledAndNotLowered(char c) {
    return c < TABLE && LowerCase.of(c) == c;
  }
}
