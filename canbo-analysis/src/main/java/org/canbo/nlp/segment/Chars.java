package org.canbo.nlp.segment;

/** Character classes used by the lexer; tuned for Vietnamese Latin script. */
final class Chars {
  private Chars() {}

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r'
        || (c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  /** Letters, plus combining marks so NFD input keeps a syllable in one piece. */
  static boolean isLetter(char c) {
    if (c < 128) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpper(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
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
      if (Character.isLowerCase(t.charAt(i))) {
        return true;
      }
    }
    return end - start == 1;
  }

  static boolean allUpper(CharSequence t, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (isLetter(c) && !isUpper(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
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
    int type = Character.getType(c);
    return c < 128 ? !isAlnum(c) && c > ' '
        : type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
            || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
            || type == Character.INITIAL_QUOTE_PUNCTUATION
            || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
