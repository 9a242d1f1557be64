package org.canbo.text;

/**
 * {@link Character#toLowerCase(char)} by a table built once from it: the segmenter and the word
 * tokenizer lower-case every char of every article, and the JDK's lookup for the Vietnamese
 * letters above U+00FF goes through several tables per char.
 */
public final class LowerCase {
  private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      TABLE[c] = Character.toLowerCase((char) c);
    }
  }

  private LowerCase() {}

  /** The same char as {@code Character.toLowerCase(c)}. */
  public static char of(char c) {
    return TABLE[c];
  }
}
