package org.canbo.extract.eval;

import java.util.List;
import org.canbo.model.Figure;

/**
 * Precision of predictions by confidence band, to check that a confidence means what it says: the
 * higher the band, the more of its predictions are right, and those at 0.8 or more should be right
 * at least 95% of the time. Bands: [0, 0.5), [0.5, 0.6), ... [0.9, 1].
 */
public final class ConfidenceBands {
  private static final double[] EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9};
  private final int[] right = new int[EDGES.length];
  private final int[] wrong = new int[EDGES.length];

  private ConfidenceBands(List<Double> rightConfidences, List<Double> wrongConfidences) {
    rightConfidences.forEach(c -> right[band(c)]++);
    wrongConfidences.forEach(c -> wrong[band(c)]++);
  }

  /** The bands of right and wrong predictions, given by their confidences. */
  public static ConfidenceBands of(List<Double> rightConfidences, List<Double> wrongConfidences) {
    return new ConfidenceBands(rightConfidences, wrongConfidences);
  }

  /** The bands of a figure score report: matched predictions are right, false alarms wrong. */
  public static ConfidenceBands of(ScoreReport report) {
    return of(report.matches().stream().map(m -> m[1].confidence()).toList(),
        report.falseAlarms().stream().map(Figure::confidence).toList());
  }

  private static int band(double confidence) {
    for (int b = EDGES.length - 1; b > 0; b--) {
      if (confidence >= EDGES[b]) {
        return b;
      }
    }
    return 0;
  }

  /** Right and wrong predictions at or above {@code from} (one of the band edges). */
  private int[] from(double from) {
    int r = 0;
    int w = 0;
    for (int b = 0; b < EDGES.length; b++) {
      if (EDGES[b] >= from) {
        r += right[b];
        w += wrong[b];
      }
    }
    return new int[] {r, w};
  }

  /** Right predictions at confidence 0.8 or more. */
  public int rightAtLeast08() {
    return from(0.8)[0];
  }

  /** Wrong predictions at confidence 0.8 or more. */
  public int wrongAtLeast08() {
    return from(0.8)[1];
  }

  /** One line: "by confidence: >=0.80 47/48 P=0.979; 0.50-0.80 ...; 0.00-0.50 ...". */
  public String summary() {
    int[] high = from(0.8);
    int[] mid = {from(0.5)[0] - high[0], from(0.5)[1] - high[1]};
    int[] low = {right[0], wrong[0]};
    return "by confidence:" + part(">=0.80", high) + ";" + part("0.50-0.80", mid) + ";"
        + part("0.00-0.50", low);
  }

  private static String part(String range, int[] rw) {
    int n = rw[0] + rw[1];
    return String.format(" %s %d/%d P=%s", range, rw[0], n,
        n == 0 ? "-" : String.format("%.3f", (double) rw[0] / n));
  }

  /** A small table: band, predictions, precision; the last line is "≥ 0.8". */
  public String table() {
    StringBuilder b = new StringBuilder("  confidence   figures  precision\n");
    for (int i = 0; i < EDGES.length; i++) {
      double to = i + 1 < EDGES.length ? EDGES[i + 1] : 1.0;
      b.append(row(String.format("%.1f-%.1f  ", EDGES[i], to), right[i], wrong[i]));
    }
    int[] high = from(0.8);
    b.append(row(">= 0.8   ", high[0], high[1]));
    return b.toString();
  }

  private static String row(String label, int r, int w) {
    int n = r + w;
    return String.format("  %s %8d  %9s%n", label, n,
        n == 0 ? "-" : String.format("%.3f", (double) r / n));
  }
}
