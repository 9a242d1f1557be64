package org.canbo.ingest.ocr;

import java.text.Normalizer;

/**
 * Character error rate of OCR output against the true text: Levenshtein edits over the true
 * length, both NFC with whitespace runs collapsed to one space (line breaks are layout, not text).
 */
public final class CharacterErrorRate {
  private CharacterErrorRate() {}

  public static double of(String ocr, String truth) {
    String a = normal(ocr);
    String b = normal(truth);
    if (b.isEmpty()) {
      return a.isEmpty() ? 0 : 1;
    }
    return (double) distance(a, b) / b.length();
  }

  static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
