package org.canbo.nlp.segment;

/**
 * Character classes used by the lexer; tuned for Vietnamese Latin script.
 *
 * <p>The classes of every char are tabulated once (64 KB): the lexer asks several of them for
 * every char of every article, and the JDK's answer for a Vietnamese letter above U+00FF goes
 * through several tables each time. The table holds exactly what the JDK calls say.
 */
final class Chars {
  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte UPPER = 4;
  private static final byte LOWER = 8;
  private static final byte PUNCTUATION = 16;
  private static final byte NON_SPACING_MARK = 32;
  private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int type = Character.getType(c);
      int f = 0;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r'
          || (c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        f |= SPACE;
      }
      if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
          : Character.isLetter(c) || type == Character.NON_SPACING_MARK) {
        f |= LETTER;
      }
      if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
        f |= UPPER;
      }
      if (Character.isLowerCase(c)) {
        f |= LOWER;
      }
      if (c < 128 ? !(c >= '0' && c <= '9') && (f & LETTER) == 0 && c > ' '
          : type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
              || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
              || type == Character.INITIAL_QUOTE_PUNCTUATION
              || type == Character.FINAL_QUOTE_PUNCTUATION) {
        f |= PUNCTUATION;
      }
      if (type == Character.NON_SPACING_MARK) {
        f |= NON_SPACING_MARK;
      }
      CLASSES[i] = (byte) f;
    }
  }

  private Chars() {}

  static boolean isSpace(char c) {
    return (CLASSES[c] & SPACE) != 0;
  }

  /** Letters, plus combining marks so NFD input keeps a syllable in one piece. */
  static boolean isLetter(char c) {
    return (CLASSES[c] & LETTER) != 0;
  }

  /** {@link Character#isLowerCase(char)}. */
  static boolean isLower(char c) {
    return (CLASSES[c] & LOWER) != 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpper(char c) {
    return (CLASSES[c] & UPPER) != 0;
  }

  static boolean isAlnum(char c) {
    return isDigit(c) || isLetter(c);
  }

  /** "Quảng", "A", "Ủy": capitalised, not all upper case. */
  static boolean isTitle(CharSequence t, int start, int end) {
    if (!isUpper(t.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (isLower(t.charAt(i))) {
        return true;
      }
    }
    return end - start == 1;
  }

  static boolean allUpper(CharSequence t, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if ((CLASSES[c] & (LETTER | UPPER | NON_SPACING_MARK)) == LETTER) {
        return false;
      }
    }
    return true;
  }

  static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == ';';
  }

  /** Opening quotes, brackets and dashes keep the sentence start for the token after them. */
  static boolean opens(char c) {
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(' || c == '[' || c == '-'
        || c == '–' || c == '—' || c == '•' || c == '*' || c == '«';
  }

  static boolean isPunctuation(char c) {
    return (CLASSES[c] & PUNCTUATION) != 0;
  }
}
