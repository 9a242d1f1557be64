package org.canbo.model;

/**
 * The confidence every extracted figure, official and cited document carries: a number in [0, 1]
 * estimating the probability that the item is right, so that researchers can keep only the items
 * above a threshold. Gold annotations and reviewed items have 1.
 */
public final class Confidence {
  /** Confidence of annotations made by people (gold files, confirmed reviews). */
  public static final double CERTAIN = 1.0;

  private Confidence() {}

  /** Rejects values outside [0, 1] (and NaN), naming the item. */
  static void check(double confidence, String item) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " of \"" + item
          + "\" is outside [0, 1]");
    }
  }

  /** Rounds to three decimals for output, so datasets do not show spurious precision. */
  public static double rounded(double confidence) {
    return Math.round(confidence * 1000) / 1000.0;
  }
}
