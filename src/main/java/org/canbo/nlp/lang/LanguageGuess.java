package org.canbo.nlp.lang;

/**
 * The language of a text as ISO 639-3 ("vie", "eng", "fra"; "und" when undetermined), whether it
 * counts as Vietnamese, the detector's confidence and margin over the runner-up, and the share of
 * letters only Vietnamese uses (ư, ơ, ă, đ, ạ, ế ...), which decided together.
 */
public record LanguageGuess(
    String language, boolean vietnamese, double confidence, double margin, double vietnameseLetters) {
  /** ISO 639-3 code of Vietnamese. */
  public static final String VIETNAMESE = "vie";
  /** ISO 639-3 code for "undetermined". */
  public static final String UNDETERMINED = "und";

  public LanguageGuess {
    if (language == null || language.length() != 3) {
      throw new IllegalArgumentException("language must be ISO 639-3: " + language);
    }
  }
}
