package org.canbo.extract.eval;

import java.util.List;

/**
 * Precision of predictions by confidence band ([0.8, 1], [0.5, 0.8), [0, 0.5)), to check that a
 * confidence means what it says: the higher the band, the more of its predictions are right.
 */
public final class ConfidenceBands {
  /** Lower bounds of the bands, highest first. */
  private static final double[] LOWER = {0.8, 0.5, 0.0};
  private final int[] right;
  private final int[] wrong;

  private ConfidenceBands(int[] right, int[] wrong) {
    this.right = right;
    this.wrong = wrong;
  }

  /** Right predictions in band {@code b} (0: [0.8, 1], 1: [0.5, 0.8), 2: [0, 0.5)). */
  public int right(int b) {
    return right[b];
  }

  /** Wrong predictions in band {@code b}. */
  public int wrong(int b) {
    return wrong[b];
  }

  /** The bands of right and wrong predictions, given by their confidences. */
  public static ConfidenceBands of(List<Double> rightConfidences, List<Double> wrongConfidences) {
    int[] r = new int[LOWER.length];
    int[] w = new int[LOWER.length];
    rightConfidences.forEach(c -> r[band(c)]++);
    wrongConfidences.forEach(c -> w[band(c)]++);
    return new ConfidenceBands(r, w);
  }

  private static int band(double confidence) {
    for (int b = 0; b < LOWER.length; b++) {
      if (confidence >= LOWER[b]) {
        return b;
      }
    }
    return LOWER.length - 1;
  }

  /** One line: "by confidence: >=0.80 47/48 P=0.979; 0.50-0.80 ...". */
  public String summary() {
    StringBuilder b = new StringBuilder("by confidence:");
    for (int i = 0; i < LOWER.length; i++) {
      int n = right[i] + wrong[i];
      String range = i == 0 ? String.format(">=%.2f", LOWER[0])
          : String.format("%.2f-%.2f", LOWER[i], LOWER[i - 1]);
      b.append(String.format(" %s %d/%d P=%s;", range, right[i], n,
          n == 0 ? "-" : String.format("%.3f", (double) right[i] / n)));
    }
    return b.substring(0, b.length() - 1);
  }
}
