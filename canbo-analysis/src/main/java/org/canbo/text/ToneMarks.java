package org.canbo.text;

/**
 * Puts Vietnamese tone marks in one canonical place so that "Huyện uỷ" and "Huyện ủy", "hoà" and
 * "hòa" compare equal.
 *
 * <p>The canonical style is the traditional one ("hòa", "thủy", "Ủy"), the more frequent in news
 * text. The transformation is length-preserving: every input char maps to exactly one output char,
 * so offsets computed on the canonical form are valid on the original text. It also maps the
 * look-alike U+00D0 (Ð, Icelandic eth) that some sites use for Đ to U+0110, and its lower case
 * U+00F0 to đ. Input must be NFC.
 */
public final class ToneMarks {
  /** Tone index: 0 none, 1 grave, 2 acute, 3 hook above, 4 tilde, 5 dot below. */
  private static final String[] TONED = {
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
    "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
    "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ"
  };
  private static final char FIRST = 'A';
  private static final char LAST = 'ỹ';
  /** For each char: row in TONED (+1), 0 when not a vowel. */
  private static final byte[] ROW = new byte[LAST - FIRST + 1];
  private static final byte[] TONE = new byte[LAST - FIRST + 1];
  /** For each vowel: its toneless lower-case letter (a table, not toLowerCase per char). */
  private static final char[] LOWER_BASE = new char[LAST - FIRST + 1];

  static {
    for (int r = 0; r < TONED.length; r++) {
      for (int t = 0; t < 6; t++) {
        char c = TONED[r].charAt(t);
        ROW[c - FIRST] = (byte) (r + 1);
        TONE[c - FIRST] = (byte) t;
        LOWER_BASE[c - FIRST] = Character.toLowerCase(TONED[r].charAt(0));
      }
    }
  }

  private ToneMarks() {}

  /** Returns the text with canonical tone placement; same length as the input. */
  public static String canonical(CharSequence text) {
    char[] out = new char[text.length()];
    if (text instanceof String s) {
      s.getChars(0, out.length, out, 0);
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = text.charAt(i);
      }
    }
    return canonicalize(out, 0, out.length) ? new String(out) : text.toString();
  }

  /**
   * Rewrites {@code s[start, end)} in place with canonical tone placement, as {@link #canonical}
   * does (for callers that hold chars, not a string); returns true when a char changed.
   */
  public static boolean canonicalize(char[] s, int start, int end) {
    boolean changed = false;
    int i = start;
    while (i < end) {
      if (!isLetter(s[i])) {
        i++;
        continue;
      }
      int from = i;
      boolean marked = false;
      while (i < end && isLetter(s[i])) {
        marked |= isMarked(s[i]);
        i++;
      }
      if (marked) { // else nothing to move or map: most runs, ASCII words among them
        changed |= canonicalizeSyllable(s, from, i);
      }
    }
    return changed;
  }

  /** {@link Character#isLetter(char)}, without the JDK's table look-ups for ASCII. */
  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** A vowel with a tone mark, or an eth {@link #canonicalizeSyllable} maps to đ. */
  private static boolean isMarked(char c) {
    return c >= FIRST && c <= LAST && (TONE[c - FIRST] != 0 || c == '\u00D0' || c == '\u00F0');
  }

  /** Rewrites one syllable in place; returns true when a char changed. */
  static boolean canonicalizeSyllable(char[] s, int start, int end) {
    boolean changed = false;
    for (int k = start; k < end; k++) {
      if (s[k] == '\u00D0') {
        s[k] = '\u0110';
        changed = true;
      } else if (s[k] == '\u00F0') {
        s[k] = '\u0111'; // the lower-case look-alike, e.g. after lower-casing "Ðảng"
        changed = true;
      }
    }
    int toned = -1;
    int tone = 0;
    int firstVowel = -1;
    int lastVowel = -1;
    for (int k = start; k < end; k++) {
      int row = row(s[k]);
      if (row == 0) {
        if (firstVowel >= 0 && lastVowel == k - 1) {
          continue; // consonant after the nucleus: a coda
        }
        continue;
      }
      if (firstVowel < 0) {
        firstVowel = k;
      } else if (lastVowel != k - 1) {
        return changed; // vowel, consonant, vowel: not one Vietnamese syllable
      }
      lastVowel = k;
      int t = TONE[s[k] - FIRST];
      if (t != 0) {
        if (toned >= 0) {
          return changed; // two tone marks: leave it alone
        }
        toned = k;
        tone = t;
      }
    }
    if (toned < 0 || end - start > 7) {
      return changed;
    }
    // "qu" and "gi" (before another vowel) belong to the onset.
    int nucleusStart = firstVowel;
    char onset = firstVowel > start ? Character.toLowerCase(s[firstVowel - 1]) : 0;
    char first = lowerBase(s[firstVowel]);
    if (lastVowel > firstVowel && ((onset == 'q' && first == 'u') || (onset == 'g' && first == 'i'))) {
      nucleusStart++;
    }
    int target = target(s, nucleusStart, lastVowel, lastVowel < end - 1);
    if (target == toned) {
      return changed;
    }
    s[toned] = withTone(s[toned], 0);
    s[target] = withTone(s[target], tone);
    return true;
  }

  private static int target(char[] s, int from, int to, boolean hasCoda) {
    int marked = -1;
    for (int k = from; k <= to; k++) {
      char b = lowerBase(s[k]);
      if (b == 'ơ') {
        return k; // "ươ", "uơ": the horn vowel o carries the tone
      }
      if (b == 'â' || b == 'ă' || b == 'ê' || b == 'ô' || b == 'ư') {
        marked = k;
      }
    }
    if (marked >= 0) {
      return marked;
    }
    int length = to - from + 1;
    if (hasCoda || length == 1) {
      return to;
    }
    return length == 3 ? from + 1 : from;
  }

  private static int row(char c) {
    return c >= FIRST && c <= LAST ? ROW[c - FIRST] : 0;
  }

  /** The toneless lower-case letter of vowel {@code c}. */
  private static char lowerBase(char c) {
    return LOWER_BASE[c - FIRST];
  }

  private static char withTone(char c, int tone) {
    return TONED[row(c) - 1].charAt(tone);
  }

  /** True when the char is a Vietnamese vowel letter (any case, any tone). */
  public static boolean isVowel(char c) {
    return row(c) != 0;
  }
}
