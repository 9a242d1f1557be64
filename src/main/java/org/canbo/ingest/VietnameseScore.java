package org.canbo.ingest;

/**
 * Judges whether a decoding looks like Vietnamese: its non-ASCII letters are mostly Vietnamese
 * letters or tone marks, and some are specific to Vietnamese (ă, đ, ơ, ư or a combining tone).
 */
final class VietnameseScore {
  /** Lower-case Latin letters with diacritics that occur in Vietnamese (precomposed, NFC). */
  private static final String VIETNAMESE_LETTERS =
      "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
  private static final String SPECIFIC = "ăđơư";

  private VietnameseScore() {}

  static boolean looksVietnamese(String text) {
    int nonAscii = 0;
    int vietnamese = 0;
    int specific = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      char lower = Character.toLowerCase(c);
      if (isToneMark(c)) {
        // A tone mark counts only after a letter, as Windows-1258 writes it.
        if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
          vietnamese++;
          specific++;
        }
      } else if (VIETNAMESE_LETTERS.indexOf(lower) >= 0) {
        vietnamese++;
        specific += SPECIFIC.indexOf(lower) >= 0 ? 1 : 0;
      }
    }
    return nonAscii > 0 && specific > 0 && vietnamese * 10 >= nonAscii * 9;
  }

  static boolean isToneMark(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }
}
