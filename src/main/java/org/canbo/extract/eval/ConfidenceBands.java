package org.canbo.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.canbo.model.Figure;

/**
 * Precision of predicted figures by confidence band — what tells whether the confidence means
 * something: the figures at or above 0.8 should be right at least 95% of the time.
 */
public record ConfidenceBands(List<Band> bands) {
  /** Predictions with confidence in {@code [from, to)}: how many, how many right. */
  public record Band(double from, double to, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? Double.NaN : (double) correct / predicted;
    }
  }

  private static final double[] EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001};

  /** Bands of a score report (matched predictions are right, false alarms wrong). */
  public static ConfidenceBands of(ScoreReport report) {
    List<Band> out = new ArrayList<>();
    for (int i = 0; i + 1 < EDGES.length; i++) {
      double from = EDGES[i];
      double to = EDGES[i + 1];
      int right = (int) report.matches().stream().map(m -> m[1])
          .filter(f -> in(f, from, to)).count();
      int wrong = (int) report.falseAlarms().stream().filter(f -> in(f, from, to)).count();
      out.add(new Band(from, to, right + wrong, right));
    }
    int right = (int) report.matches().stream().map(m -> m[1])
        .filter(f -> f.confidence() >= 0.8).count();
    int wrong = (int) report.falseAlarms().stream().filter(f -> f.confidence() >= 0.8).count();
    out.add(new Band(0.8, 1.0000001, right + wrong, right));
    return new ConfidenceBands(List.copyOf(out));
  }

  private static boolean in(Figure f, double from, double to) {
    return f.confidence() >= from && f.confidence() < to;
  }

  /** A small text table: band, predictions, precision; the last line is "≥ 0.8". */
  public String table() {
    StringBuilder b = new StringBuilder("  confidence   figures  precision\n");
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      String label = i == bands.size() - 1 ? ">= 0.8   "
          : String.format("%.1f-%.1f  ", band.from(), Math.min(1.0, band.to()));
      b.append(String.format("  %s %8d  %9s%n", label, band.predicted(),
          band.predicted() == 0 ? "-" : String.format("%.3f", band.precision())));
    }
    return b.toString();
  }
}
