package org.canbo.ingest.legacy;

import org.canbo.ingest.SuspiciousText;

/**
 * Decides whether a text is Vietnamese typed in TCVN3 or VNI and converts it. A text is a candidate
 * when its characters show the encoding's marks ({@link SuspiciousText#legacyEncoding}) or its file
 * names the encoding's fonts; it is converted only when the result reads as Vietnamese: enough of
 * its words carry Vietnamese letters and nearly all of those are well-formed syllables
 * ({@link VietnameseSyllables}). French, Spanish or German read as TCVN3 or VNI give non-syllables
 * ("ộtộ", "mỏs") and are left alone; a candidate that fails the test is reported, not converted.
 */
public final class LegacyDetector {
  /** What was decided for one text. */
  public sealed interface Result {}

  /** Nothing legacy about it. */
  public record Unicode() implements Result {}

  /** Converted: {@code text} is Unicode NFC. */
  public record Converted(LegacyEncoding encoding, String text) implements Result {}

  /** Looks like {@code encoding} but does not convert into Vietnamese; {@code detail} says why. */
  public record Unconvertible(LegacyEncoding encoding, String detail) implements Result {}

  private static final int MIN_MARKED = 8;
  private static final int MIN_MARKED_WITH_FONT = 3;
  /** Words with Vietnamese letters after conversion: most Vietnamese words have one. */
  private static final double MIN_MARKED_SHARE = 0.30;
  private static final double MIN_MARKED_SHARE_WITH_FONT = 0.10;
  private static final double MIN_SYLLABLE_SHARE = 0.90;

  /** Converts {@code text} when it is legacy; {@code fontHint} (may be null) is what the file's fonts say. */
  public Result detect(String text, LegacyEncoding fontHint) {
    String pattern = SuspiciousText.legacyEncoding(text);
    if (pattern == null && fontHint == null) {
      return new Unicode();
    }
    if (VietnameseWords.of(text).vietnameseUnicodeShare() > 0.10) {
      // Already Unicode Vietnamese (a legacy font on a heading, say): converting would garble it.
      return new Unicode();
    }
    LegacyEncoding first = pattern != null ? LegacyEncoding.valueOf(pattern) : fontHint;
    LegacyEncoding second = first == LegacyEncoding.TCVN3 ? LegacyEncoding.VNI : LegacyEncoding.TCVN3;
    Score best = null;
    for (LegacyEncoding candidate : new LegacyEncoding[] {first, second}) {
      String converted = candidate.decode(text);
      Score score = new Score(candidate, converted, VietnameseWords.of(converted));
      if (score.confident(candidate == fontHint)) {
        return new Converted(candidate, converted);
      }
      best = best == null || score.words.syllableShare() > best.words.syllableShare() ? score : best;
    }
    if (pattern == null) {
      // Only the font name spoke and the text does not convert: a font named, not used.
      return new Unicode();
    }
    return new Unconvertible(first, String.format(java.util.Locale.ROOT,
        "%s: %.0f%% of words Vietnamese, %.0f%% of those well-formed syllables",
        best.encoding.name(), 100 * best.words.markedShare(), 100 * best.words.syllableShare()));
  }

  private record Score(LegacyEncoding encoding, String text, VietnameseWords words) {
    boolean confident(boolean fontSaysSo) {
      int minMarked = fontSaysSo ? MIN_MARKED_WITH_FONT : MIN_MARKED;
      double minShare = fontSaysSo ? MIN_MARKED_SHARE_WITH_FONT : MIN_MARKED_SHARE;
      return words.marked() >= minMarked && words.markedShare() >= minShare
          && words.syllableShare() >= MIN_SYLLABLE_SHARE;
    }
  }
}
