package org.canbo.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags decoded text that is probably not what the author wrote, so it is indexed but counted and
 * reported ({@code suspicious_text: <reason>}) rather than passed as OK: control characters and
 * NULs (a binary file, or UTF-16 read as 8-bit), U+FFFD replacement characters (bytes the decoder
 * could not read, or a lossy conversion before us), and Vietnamese typed in the legacy TCVN3 (ABC,
 * .VnTime) or VNI font encodings, which read as Latin-1 gibberish ("NghÞ quyÕt", "Ñaûng").
 *
 * <p>The legacy checks count words bearing a mark no Western language produces at that rate: for
 * TCVN3 a symbol inside a word ({@code §¹i}, {@code c¸n}) or a capital after a small letter
 * ({@code ViÖt}); for VNI a vowel followed by an accented vowel that is a tone or shape mark
 * that Western words do not have there ({@code boä}, {@code Vieät}, {@code nhaø}), {@code öô}, or a
 * word starting with {@code ñ}. Vietnamese in these encodings has one such word in three or more.
 * Text already holding Vietnamese Unicode letters is never taken for a legacy encoding.
 */
public final class SuspiciousText {
  public static final String FLAG = "suspicious_text: ";
  /** Latin-1 symbols that TCVN3 uses for Vietnamese letters (đ is ®, ạ is ¹, ư is the soft hyphen). */
  private static final String TCVN3_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾";
  /**
   * Marks VNI writes after a vowel that Western words almost never have there: huyền (ø), ngã
   * (õ), circumflex (â), breve (ê) and toned circumflexes (à å ã ä). VNI's other marks (ù ú ï ë
   * è é á û) are left out: French "où", "naïf", "coût", Spanish "qué", "cuál", "aún" have them.
   */
  private static final String VNI_MARKS = "øõâêàåãäØÕÂÊÀÅÃÄ";
  private static final String ASCII_VOWELS = "aeouyAEOUY";
  /** Below this many marked words, or this share of all words, nothing is flagged. */
  private static final int MIN_WORDS = 8;
  private static final double TCVN3_SHARE = 0.20;
  private static final double VNI_SHARE = 0.20;
  /** Control or replacement characters: at least this many and this share of the text. */
  private static final int MIN_BAD = 5;
  private static final double BAD_SHARE = 0.01;
  /** The Latin-1 chars of each set above, looked up per char instead of searched for. */
  private static final boolean[] IS_TCVN3_SYMBOL = latin1Set(TCVN3_SYMBOLS);
  private static final boolean[] IS_VNI_MARK = latin1Set(VNI_MARKS);
  private static final boolean[] IS_ASCII_VOWEL = latin1Set(ASCII_VOWELS);

  private static boolean[] latin1Set(String chars) {
    boolean[] set = new boolean[256];
    for (char c : chars.toCharArray()) {
      set[c] = true;
    }
    return set;
  }

  private static boolean in(boolean[] set, char c) {
    return c < set.length && set[c];
  }

  private SuspiciousText() {}

  /** The flags for {@code text}, each starting with {@link #FLAG}; empty for ordinary text. */
  public static List<String> flags(String text) {
    List<String> flags = new ArrayList<>();
    int visible = 0;
    int controls = 0;
    int replacements = 0;
    int vietnamese = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      controls += Character.isISOControl(c) ? 1 : 0;
      replacements += c == '\uFFFD' ? 1 : 0;
      vietnamese += isVietnameseUnicode(c) ? 1 : 0;
    }
    if (isBad(controls, visible)) {
      flags.add(FLAG + "NUL or control characters (" + percent(controls, visible) + ")");
    }
    if (isBad(replacements, visible)) {
      flags.add(FLAG + "replacement characters U+FFFD (" + percent(replacements, visible) + ")");
    }
    String legacy = vietnamese > 0 ? null : legacyEncoding(text);
    if (legacy != null) {
      flags.add(FLAG + "legacy Vietnamese font encoding (" + legacy + "), not converted");
    }
    return flags;
  }

  private static boolean isBad(int count, int visible) {
    return count >= MIN_BAD && count >= visible * BAD_SHARE;
  }

  private static String percent(int count, int of) {
    return Math.max(1, Math.round(100.0f * count / of)) + "% of characters";
  }

  /**
   * Letters only Vietnamese Unicode text has (ă đ ơ ư and the toned letters U+1EA0-U+1EF9): text
   * decoded from TCVN3/VNI bytes as Latin-1 never contains them.
   */
  public static boolean isVietnameseUnicode(char c) {
    return (c >= '\u1EA0' && c <= '\u1EF9')
        || (c >= '\u0102' && c <= '\u01B0' && "ăĂđĐơƠưƯ".indexOf(c) >= 0);
  }

  /** "TCVN3", "VNI" or null, from the share of words bearing each encoding's marks. */
  public static String legacyEncoding(String text) {
    return mayBeLegacy(text) ? legacyEncodingByWords(text) : null;
  }

  /**
   * False when too few chars could mark a word for either encoding to reach its count and share
   * of words. A TCVN3 word holds a TCVN3 symbol or a Latin-1 capital after a lower-case letter, a
   * VNI word an ñ/Ñ, a VNI mark after a vowel or ô after ö: such chars, counted wherever they
   * stand, bound each encoding's marked words from above, and ASCII letters after a space or line
   * break, each starting a word of its own, bound the words from below. One look at each char,
   * where counting words tests letters: Unicode Vietnamese ("chuyên", "toàn" have VNI's marks) is
   * ruled out by the share.
   */
  static boolean mayBeLegacy(String text) {
    int tcvn3 = 0;
    int vni = 0;
    int wordStarts = 0;
    char previous = 0;
    for (int i = 0; i < text.length(); previous = text.charAt(i), i++) {
      char c = text.charAt(i);
      if (c < '\u0080') {
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        wordStarts += letter && (previous == ' ' || previous == '\n') ? 1 : 0;
        continue;
      }
      if (c < '\u00A1' || c > '\u00FF') {
        continue; // every mark is a Latin-1 char from U+00A1
      }
      if (in(IS_TCVN3_SYMBOL, c)
          || (c >= 'À' && c <= 'Þ' && c != '×' && Character.isLowerCase(previous))) {
        tcvn3++;
      }
      if (c == 'ñ' || c == 'Ñ' || (previous == 'ö' && c == 'ô') || (previous == 'Ö' && c == 'Ô')
          || (in(IS_VNI_MARK, c) && (in(IS_ASCII_VOWEL, previous) || "ôöÔÖ".indexOf(previous) >= 0))) {
        vni++;
      }
    }
    return (tcvn3 >= MIN_WORDS && tcvn3 >= wordStarts * TCVN3_SHARE)
        || (vni >= MIN_WORDS && vni >= wordStarts * VNI_SHARE);
  }

  /** {@link #legacyEncoding} counting every word: the reference {@link #mayBeLegacy} only skips. */
  static String legacyEncodingByWords(String text) {
    int words = 0;
    int tcvn3 = 0;
    int vni = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (hasLetter(text, start, i)) {
        words++;
        tcvn3 += isTcvn3Word(text, start, i) ? 1 : 0;
        vni += isVniWord(text, start, i) ? 1 : 0;
      }
    }
    if (tcvn3 >= MIN_WORDS && tcvn3 >= words * TCVN3_SHARE && tcvn3 >= vni) {
      return "TCVN3";
    }
    if (vni >= MIN_WORDS && vni >= words * VNI_SHARE) {
      return "VNI";
    }
    return null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || in(IS_TCVN3_SYMBOL, c);
  }

  private static boolean hasLetter(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word {@code text[start, end)} bears a TCVN3 mark. */
  private static boolean isTcvn3Word(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (in(IS_TCVN3_SYMBOL, c) && end - start > 1) {
        return true;
      }
      // A Latin-1 capital after a small letter: "ViÖt" (ệ), "NghÞ" (ị); never in Western words.
      if (i > start && c >= 'À' && c <= 'Þ' && c != '×' && Character.isLowerCase(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word {@code text[start, end)} bears a VNI mark. */
  private static boolean isVniWord(String text, int start, int end) {
    char first = text.charAt(start);
    if ((first == 'ñ' || first == 'Ñ') && end - start > 1) {
      return true;
    }
    for (int i = start + 1; i < end; i++) {
      char previous = text.charAt(i - 1);
      char c = text.charAt(i);
      boolean markAfterVowel = in(IS_VNI_MARK, c)
          && (in(IS_ASCII_VOWEL, previous) || "ôöÔÖ".indexOf(previous) >= 0);
      if (markAfterVowel || (previous == 'ö' && c == 'ô') || (previous == 'Ö' && c == 'Ô')) {
        return true;
      }
    }
    return false;
  }
}
