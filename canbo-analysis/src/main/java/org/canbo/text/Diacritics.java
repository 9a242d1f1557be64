package org.canbo.text;

import java.text.Normalizer;

/**
 * Removes Vietnamese diacritics ("cán bộ" → "can bo", "Đảng" → "Dang") so that people who type
 * without accents still find what they look for. Length-preserving on NFC input.
 */
public final class Diacritics {
  /**
   * {@link #decompose} of every char below U+1F00 (Latin, Latin Extended Additional with all the
   * Vietnamese vowels, combining marks), computed once: decomposing per char was a tenth of the
   * cost of indexing an article's syllable fields.
   */
  private static final char[] TABLE = new char[0x1F00];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      TABLE[c] = decompose(c);
    }
  }

  private Diacritics() {}

  /** Returns the text without tone and shape marks, đ folded to d; same length as NFC input. */
  public static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(fold(text.charAt(i)));
    }
    return out.toString();
  }

  /** Folds one char. */
  public static char fold(char c) {
    if (c < 0x80) {
      return c;
    }
    return c < TABLE.length ? TABLE[c] : decompose(c);
  }

  /** The fold of one char from its canonical decomposition: its first char when that is ASCII. */
  static char decompose(char c) {
    if (c < 0x80) {
      return c;
    }
    switch (c) {
      case 'đ':
      case '\u00F0': // ð, a look-alike of đ
        return 'd';
      case 'Đ':
      case '\u00D0':
        return 'D';
      default:
        break;
    }
    if (Character.isLetter(c)) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char b = d.charAt(0);
      if (b < 0x80) {
        return b;
      }
    }
    return c;
  }
}
