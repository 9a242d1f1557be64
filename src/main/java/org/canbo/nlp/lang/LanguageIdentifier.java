package org.canbo.nlp.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Tells whether an article is Vietnamese with OpenNLP's language detector (model
 * {@code langdetect-183.bin} from Maven Central's {@code opennlp-models-langdetect}, read from the
 * classpath) backed by the share of Vietnamese-only letters; thread-safe, load once per process.
 *
 * <p>The detector's probabilities over 103 languages are low (about 0.1 for the winner), so its
 * top language counts only with a margin over the runner-up. A text is rejected as not Vietnamese
 * only when it has enough letters, almost none of them Vietnamese-only, and the detector confidently
 * names another language, so short headlines and lists of names stay Vietnamese.
 */
public final class LanguageIdentifier {
  /** The model inside the opennlp-models-langdetect jar. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";
  /** Below this many letters nothing is decided: the text is taken as Vietnamese. */
  static final int MIN_LETTERS = 40;
  /** Vietnamese prose has 10-25 % Vietnamese-only letters; French or English has none. */
  static final double VIETNAMESE_SHARE = 0.03;
  /** Margin of the top language over the runner-up for the detector to be believed. */
  static final double MIN_MARGIN = 0.01;

  private final LanguageDetector detector;

  public LanguageIdentifier(LanguageDetectorModel model) {
    this.detector = new ThreadSafeLanguageDetectorME(model);
  }

  /** Loads the bundled model from the classpath (never from the network). */
  public static LanguageIdentifier load() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("language model missing from the classpath: " + MODEL_RESOURCE
            + " (artifact org.apache.opennlp:opennlp-models-langdetect)");
      }
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
    }
  }

  /** Characters of a long text the detector reads. */
  static final int SAMPLE = 4000;

  /** The language of {@code text}. */
  public LanguageGuess identify(CharSequence text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    int letters = 0;
    int vietnamese = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (isVietnameseOnly(c)) {
          vietnamese++;
        }
      }
    }
    double share = letters == 0 ? 0 : (double) vietnamese / letters;
    if (letters == 0) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, false, 0, 0, 0);
    }
    if (share >= VIETNAMESE_SHARE) {
      // Enough letters only Vietnamese uses: the detector could not overrule them (see below), so
      // it is not consulted; confidence and margin are then 0. This keeps identification cheap.
      return new LanguageGuess(LanguageGuess.VIETNAMESE, true, 0, 0, share);
    }
    // The detector's n-gram scoring costs time linear in the text; a few thousand characters decide.
    Language[] ranked = detector.predictLanguages(s.length() > SAMPLE ? s.substring(0, SAMPLE) : s);
    String top = ranked.length == 0 ? LanguageGuess.UNDETERMINED : ranked[0].getLang();
    double confidence = ranked.length == 0 ? 0 : ranked[0].getConfidence();
    double margin = ranked.length < 2 ? confidence : confidence - ranked[1].getConfidence();
    boolean detectorSaysOther = !LanguageGuess.VIETNAMESE.equals(top) && margin >= MIN_MARGIN;
    boolean other = letters >= MIN_LETTERS && share < VIETNAMESE_SHARE && detectorSaysOther;
    return new LanguageGuess(other ? top : LanguageGuess.VIETNAMESE, !other, confidence, margin, share);
  }

  /** Letters of the Vietnamese alphabet no other major Latin-script language uses. */
  static boolean isVietnameseOnly(char c) {
    if (c >= '\u1EA0' && c <= '\u1EF9') {
      return true; // Latin Extended Additional: ạ ả ấ ầ ẩ ẫ ậ ắ ... ỹ
    }
    return switch (Character.toLowerCase(c)) {
      case 'ă', 'đ', 'ơ', 'ư', 'ĩ', 'ũ', 'ð' -> true;
      default -> false;
    };
  }
}
