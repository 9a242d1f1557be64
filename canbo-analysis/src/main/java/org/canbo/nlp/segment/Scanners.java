package org.canbo.nlp.segment;

/**
 * Forward scanners for one token each: they return the end offset of the longest unit starting
 * at a position. Rules follow vnTokenizer's lexers plus the conventions of party news
 * ("04-NQ/TU", "02 - QĐ/HU", "NN&PTNT", "TP.", "T.Ư", "96,9%", "30/05/2019").
 */
final class Scanners {
  /** Abbreviations that keep their full stop when a name or number follows ("TP. Hạ Long"). */
  private static final String[] DOTTED = {
    "TP", "Tp", "tp", "TX", "Tx", "TT", "Q", "P", "H", "ThS", "Ths", "TS", "PGS", "GS", "BS",
    "KS", "CN", "St", "Mr", "Mrs", "Dr", "Th", "Ng", "Tr"
  };

  private Scanners() {}

  /** Letters, then joins of letters/digits with &amp; / - or inner dots; URLs and e-mails whole. */
  static int word(CharSequence t, int i, int to) {
    int j = alnumRun(t, i, to);
    int link = linked(t, i, j, to);
    if (link > j) {
      return link;
    }
    if (j < to && t.charAt(j) == '.') {
      // "T.Ư", "Th.S": short capitalised parts glued by dots.
      if (j - i <= 3 && Chars.isUpper(t.charAt(i)) && j + 1 < to && Chars.isUpper(t.charAt(j + 1))) {
        int k = alnumRun(t, j + 1, to);
        if (k - j - 1 <= 3) {
          return k;
        }
      }
      if (isDotted(t, i, j) && nextIsWordLike(t, j + 1, to)) {
        return j + 1;
      }
    }
    return j;
  }

  /** URL, e-mail, domain, "NN&PTNT", "NQ/TU", "GD-ĐT", "Wai-kru": else {@code j}. */
  private static int linked(CharSequence t, int i, int j, int to) {
    if (j + 2 < to && t.charAt(j) == ':' && t.charAt(j + 1) == '/' && t.charAt(j + 2) == '/') {
      return untilSpace(t, j, to);
    }
    int k = j;
    while (k < to && (Chars.isAlnum(t.charAt(k)) || "._-+".indexOf(t.charAt(k)) >= 0)) {
      k++;
    }
    if (k + 1 < to && t.charAt(k) == '@' && Chars.isAlnum(t.charAt(k + 1))) {
      return untilSpace(t, k, to);
    }
    if (j - i == 3 && regionIs(t, i, "www") && j < to && t.charAt(j) == '.') {
      return untilSpace(t, j, to);
    }
    if (j + 2 < to && t.charAt(j) == '.' && isAscii(t, i, j) && Chars.isLower(t.charAt(j + 1))) {
      int e = alnumRun(t, j + 1, to);
      if (e - j - 1 <= 4 && isAscii(t, j + 1, e) && (e == to || !Chars.isLetter(t.charAt(e)))) {
        return e; // "bktt.vn", "Chinhphu.vn"
      }
    }
    int e = j;
    if (e + 1 >= to || !isJoiner(t.charAt(e)) || !Chars.isLetter(t.charAt(e + 1))) {
      return e; // most words: no joiner follows, so no case test of the word is needed
    }
    boolean upper = Chars.allUpper(t, i, j);
    while (e + 1 < to && Chars.isLetter(t.charAt(e + 1))) {
      char sep = t.charAt(e);
      int n = alnumRun(t, e + 1, to);
      boolean upperNext = Chars.allUpper(t, e + 1, n);
      if ((sep == '&' || sep == '/') && upper && upperNext) {
        e = n;
      } else if (sep == '-' && (upper == upperNext)) {
        e = n;
      } else {
        break;
      }
    }
    return e;
  }

  /** The chars that can join two parts of one unit ("NN&PTNT", "NQ/TU", "GD-ĐT"). */
  private static boolean isJoiner(char c) {
    return c == '&' || c == '/' || c == '-';
  }

  static TokenKind wordKind(CharSequence t, int s, int e) {
    boolean letters = true;
    for (int i = s; i < e && letters; i++) {
      letters = Chars.isLetter(t.charAt(i));
    }
    if (letters) {
      return TokenKind.SYLLABLE;
    }
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c == '@') {
        return TokenKind.EMAIL;
      }
      if (c == ':' || (c == '.' && i + 1 < e && Chars.isLower(t.charAt(i + 1)))) {
        return TokenKind.URL;
      }
      if (c == '/') {
        return TokenKind.SYMBOL;
      }
    }
    return TokenKind.ABBREVIATION;
  }

  /** "13.000", "96,9%", "30/05/2019", "07:35", "1A", "04-NQ/TU", "02 - QĐ/HU". */
  static int number(CharSequence t, int i, int to) {
    int j = digits(t, i, to);
    while (j + 1 < to && ".,/:-".indexOf(t.charAt(j)) >= 0 && Chars.isDigit(t.charAt(j + 1))) {
      j = digits(t, j + 1, to);
    }
    if (j < to && (t.charAt(j) == '%' || t.charAt(j) == '°')) {
      return j + 1;
    }
    if (j < to && Chars.isLetter(t.charAt(j))) {
      return alnumRun(t, j, to); // "1A", "20h", "5G"
    }
    return symbolTail(t, j, to);
  }

  /** The "-NQ/TU" or " - QĐ/HU" after a number, when it reads as a document symbol. */
  private static int symbolTail(CharSequence t, int j, int to) {
    int k = skipSpaces(t, j, to);
    if (k >= to || (t.charAt(k) != '-' && t.charAt(k) != '–')) {
      return j;
    }
    int afterDash = k + 1;
    k = skipSpaces(t, afterDash, to);
    boolean spaced = k > afterDash || t.charAt(j) == ' ';
    int e = k;
    boolean slash = false;
    while (e < to && (Chars.isAlnum(t.charAt(e)) || t.charAt(e) == '/' || t.charAt(e) == '-')) {
      slash |= t.charAt(e) == '/';
      e++;
    }
    while (e > k && (t.charAt(e - 1) == '/' || t.charAt(e - 1) == '-')) {
      e--;
    }
    if (e == k || !Chars.isUpper(t.charAt(k)) || !Chars.allUpper(t, k, e)) {
      return j;
    }
    // Spaced only with a slash ("02 - QĐ/HU"): "năm 2019 - UBND tỉnh" is two units.
    return slash || !spaced ? e : j;
  }

  private static int skipSpaces(CharSequence t, int i, int to) {
    while (i < to && t.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  static TokenKind numberKind(CharSequence t, int s, int e) {
    int seps = 0;
    char sep = 0;
    boolean letter = false;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (Chars.isLetter(c)) {
        letter = true;
      } else if (!Chars.isDigit(c) && c != '%' && c != '°') {
        seps += sep == 0 || sep == c ? 1 : 2;
        sep = c;
      }
    }
    if (letter) {
      return seps > 0 ? TokenKind.SYMBOL : TokenKind.ABBREVIATION;
    }
    if (sep == ':') {
      return TokenKind.TIME;
    }
    if (seps == 2 && (sep == '/' || sep == '-') && e - s >= 8) {
      return TokenKind.DATE;
    }
    return TokenKind.NUMBER;
  }

  /** Punctuation one char at a time, except "..." and "--"; emoji with their modifiers. */
  static int other(CharSequence t, int i, int to) {
    char c = t.charAt(i);
    if (c == '.' || c == '-') {
      int j = i + 1;
      while (j < to && t.charAt(j) == c) {
        j++;
      }
      return j;
    }
    int j = i + (Character.isHighSurrogate(c) && i + 1 < to
        && Character.isLowSurrogate(t.charAt(i + 1)) ? 2 : 1);
    while (j < to) {
      char d = t.charAt(j);
      if (d == '\u200D' && j + 1 < to) {
        j += Character.isHighSurrogate(t.charAt(j + 1)) && j + 2 < to ? 3 : 2;
      } else if (d == '\uFE0F' || (d == '\uD83C' && j + 1 < to && t.charAt(j + 1) >= '\uDFFB'
          && t.charAt(j + 1) <= '\uDFFF')) {
        j += d == '\uFE0F' ? 1 : 2; // variation selector, skin tone
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * True when the full stop at {@code dot} may end a word scan instead of standing alone: it
   * follows an abbreviation that keeps its stop ("TP.", "A.") and a capital or digit comes after
   * it within {@code to} ("TP. Hạ Long"). The only scan that reads past a stop followed by a space.
   */
  static boolean keepsStop(CharSequence t, int dot, int to) {
    int r = dot;
    while (r > 0 && Chars.isAlnum(t.charAt(r - 1))) {
      r--;
    }
    return r < dot && isDotted(t, r, dot) && nextIsWordLike(t, dot + 1, to);
  }

  private static boolean isDotted(CharSequence t, int i, int j) {
    for (String d : DOTTED) {
      if (d.length() == j - i && regionIs(t, i, d)) {
        return true;
      }
    }
    return j - i == 1 && Chars.isUpper(t.charAt(i)); // initials: "H. Mai"
  }

  private static boolean nextIsWordLike(CharSequence t, int i, int to) {
    while (i < to && t.charAt(i) == ' ') {
      i++;
    }
    return i < to && (Chars.isUpper(t.charAt(i)) || Chars.isDigit(t.charAt(i)));
  }

  private static int alnumRun(CharSequence t, int i, int to) {
    while (i < to && Chars.isAlnum(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int digits(CharSequence t, int i, int to) {
    while (i < to && Chars.isDigit(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int untilSpace(CharSequence t, int i, int to) {
    while (i < to && !Chars.isSpace(t.charAt(i))) {
      i++;
    }
    while (".,;:!?)\"”'".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  private static boolean regionIs(CharSequence t, int i, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (t.charAt(i + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(CharSequence t, int i, int j) {
    for (int k = i; k < j; k++) {
      if (t.charAt(k) >= 128) {
        return false;
      }
    }
    return true;
  }
}
