package org.canbo.ingest.legacy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * VNI-Windows (the "VNI-Times" fonts) to Unicode and back, from the table the open converters
 * publish: a vowel is written as its ASCII letter followed by one mark character — a tone (ù sắc,
 * ø huyền, û hỏi, õ ngã, ï nặng), a shape (â circumflex, ê breve) or both in one (á à å ã ä for
 * circumflex with a tone, é è ú ü ë for breve with a tone); ơ and ư are ô and ö, đ is ñ, the
 * toned i are í ì æ ó ò and ỵ is î. Capital marks (Ù, Â, ...) go with all-capital words.
 */
final class VniCodec {
  private static final String TONES = "ùøûõï";
  private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";
  private static final String CIRCUMFLEX_TONED = "áàåãä";
  private static final String BREVE_TONED = "éèúüë";
  /** Single VNI characters for whole letters, and the letters. */
  private static final String SINGLE = "ñôöíìæóòî";
  private static final String SINGLE_TO = "đơưíìỉĩịỵ";

  private VniCodec() {}

  /** Unicode NFC for VNI text; characters that are not VNI codes pass through. */
  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char base = letter(c);
      String marks = i + 1 < text.length() ? marks(base, text.charAt(i + 1)) : null;
      if (marks != null) {
        out.append(base).append(marks);
        i += 2;
      } else {
        out.append(base);
        i++;
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** The letter a single VNI character stands for (itself when none). */
  private static char letter(char c) {
    int k = SINGLE.indexOf(Character.toLowerCase(c));
    if (k < 0) {
      return c;
    }
    char v = SINGLE_TO.charAt(k);
    return Character.isUpperCase(c) ? Character.toUpperCase(v) : v;
  }

  /** The combining marks {@code mark} adds to vowel {@code base}, or null if it adds none. */
  private static String marks(char base, char mark) {
    char b = Character.toLowerCase(base);
    char m = Character.toLowerCase(mark);
    if ("aeouyơư".indexOf(b) < 0) {
      return null;
    }
    int tone = TONES.indexOf(m);
    if (tone >= 0) {
      return String.valueOf(TONE_MARKS.charAt(tone));
    }
    if ("aeo".indexOf(b) >= 0) {
      if (m == 'â') {
        return "\u0302";
      }
      int k = CIRCUMFLEX_TONED.indexOf(m);
      if (k >= 0) {
        return "\u0302" + TONE_MARKS.charAt(k);
      }
    }
    if (b == 'a') {
      if (m == 'ê') {
        return "\u0306";
      }
      int k = BREVE_TONED.indexOf(m);
      if (k >= 0) {
        return "\u0306" + TONE_MARKS.charAt(k);
      }
    }
    return null;
  }

  /** VNI characters for NFC text; a mark is capital when its letter is. */
  static String encode(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 4);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      String v = encodeLower(Character.toLowerCase(c));
      if (v == null) {
        out.append(c);
      } else if (Character.isUpperCase(c)) {
        // "Việt" is "Vieät", "VIỆT" is "VIEÄT": the mark follows the case of the next letter.
        boolean word = i + 1 < nfc.length() && Character.isUpperCase(nfc.charAt(i + 1));
        out.append(Character.toUpperCase(v.charAt(0)))
            .append(word ? v.substring(1).toUpperCase(Locale.ROOT) : v.substring(1));
      } else {
        out.append(v);
      }
    }
    return out.toString();
  }

  private static String encodeLower(char c) {
    int single = SINGLE_TO.indexOf(c);
    if (single >= 0 && c != 'ơ' && c != 'ư') {
      return String.valueOf(SINGLE.charAt(single));
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (nfd.length() == 1 && c != 'ơ' && c != 'ư') {
      return null;
    }
    char base = nfd.charAt(0);
    boolean circumflex = false;
    boolean breve = false;
    int tone = -1;
    for (char m : nfd.substring(1).toCharArray()) {
      switch (m) {
        case '\u0302' -> circumflex = true;
        case '\u0306' -> breve = true;
        case '\u031B' -> base = base == 'o' ? 'ô' : 'ö';
        default -> tone = TONE_MARKS.indexOf(m);
      }
    }
    if ("aeouyôö".indexOf(base) < 0 || (tone < 0 && nfd.length() > 1 && !circumflex && !breve
        && base != 'ô' && base != 'ö')) {
      return null;
    }
    String mark = circumflex ? (tone >= 0 ? String.valueOf(CIRCUMFLEX_TONED.charAt(tone)) : "â")
        : breve ? (tone >= 0 ? String.valueOf(BREVE_TONED.charAt(tone)) : "ê")
        : tone >= 0 ? String.valueOf(TONES.charAt(tone)) : "";
    return base + mark;
  }
}
