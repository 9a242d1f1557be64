package org.canbo.extract.eval;

import java.util.List;
import java.util.Map;
import org.canbo.model.Figure;

/**
 * Result of scoring predicted figures against gold: counts, precision/recall/F1, accuracy of each
 * attribute over matched pairs (role, period, scope, approx, unit), and the misses and false alarms.
 */
public record ScoreReport(
    int truePositives,
    int falsePositives,
    int falseNegatives,
    Map<String, Double> attributeAccuracy,
    List<Figure> misses,
    List<Figure> falseAlarms,
    List<Figure[]> matches) implements PrecisionRecall {


  /** A short human-readable summary. */
  public String summary() {
    StringBuilder b = new StringBuilder(String.format(
        "figures: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
        precision(), recall(), f1(), truePositives, falsePositives, falseNegatives));
    attributeAccuracy.forEach((k, v) -> b.append(String.format("  %-6s %.3f%n", k, v)));
    return b.toString();
  }
}
