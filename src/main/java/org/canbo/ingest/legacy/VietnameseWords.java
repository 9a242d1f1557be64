package org.canbo.ingest.legacy;

import org.canbo.ingest.SuspiciousText;

/**
 * Word counts that tell converted Vietnamese from garble: all words, words with a non-ASCII letter
 * ("marked"), how many of those are well-formed syllables, and how many carry letters only
 * Vietnamese Unicode has (ă đ ơ ư, toned letters U+1EA0-U+1EF9).
 */
record VietnameseWords(int words, int marked, int syllables, int vietnameseUnicode) {
  static VietnameseWords of(String text) {
    int words = 0;
    int marked = 0;
    int syllables = 0;
    int vietnamese = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean nonAscii = false;
      boolean specific = false;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        char c = text.charAt(i);
        nonAscii |= c >= 0x80;
        specific |= SuspiciousText.isVietnameseUnicode(c);
        i++;
      }
      words++;
      vietnamese += specific ? 1 : 0;
      if (nonAscii) {
        marked++;
        syllables += VietnameseSyllables.isSyllable(text.substring(start, i)) ? 1 : 0;
      }
    }
    return new VietnameseWords(words, marked, syllables, vietnamese);
  }

  /** Letters and the symbols legacy encodings put inside words (TCVN3's § ¹ ¸, VNI's marks). */
  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || (c >= 0xA1 && c <= 0xBF) || (c >= 0x80 && c < 0xA0)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  double markedShare() {
    return words == 0 ? 0 : (double) marked / words;
  }

  double syllableShare() {
    return marked == 0 ? 0 : (double) syllables / marked;
  }

  double vietnameseUnicodeShare() {
    return words == 0 ? 0 : (double) vietnameseUnicode / words;
  }
}
