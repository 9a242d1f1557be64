package org.canbo.extract.eval;

import java.util.List;
import org.canbo.model.Official;

/**
 * Result of scoring predicted officials against gold: counts, precision/recall/F1 on names, title
 * recall over matched pairs, and the misses, false alarms and matches ({gold, predicted}).
 */
public record OfficialScoreReport(
    int truePositives,
    int falsePositives,
    int falseNegatives,
    double titleRecall,
    List<Official> misses,
    List<Official> falseAlarms,
    List<Official[]> matches) implements PrecisionRecall {


  /** Precision of the predicted officials by confidence band. */
  public ConfidenceBands confidenceBands() {
    return ConfidenceBands.of(matches.stream().map(m -> m[1].confidence()).toList(),
        falseAlarms.stream().map(Official::confidence).toList());
  }

  /** A short human-readable summary with the misses and false alarms. */
  public String summary() {
    StringBuilder b = new StringBuilder(String.format(
        "officials: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) title recall=%.3f%n  %s%n",
        precision(), recall(), f1(), truePositives, falsePositives, falseNegatives, titleRecall,
        confidenceBands().summary()));
    misses.forEach(m -> b.append("  miss  ").append(m.doc()).append(' ').append(m.name())
        .append(' ').append(m.titles()).append('\n'));
    falseAlarms.forEach(f -> b.append("  false ").append(f.doc()).append(' ').append(f.name())
        .append(' ').append(f.titles()).append(String.format(" (confidence %.2f)", f.confidence()))
        .append('\n'));
    for (Official[] m : matches) {
      if (!m[1].titles().containsAll(m[0].titles())) {
        b.append("  titles ").append(m[0].name()).append(" gold ").append(m[0].titles())
            .append(" got ").append(m[1].titles()).append('\n');
      }
    }
    return b.toString();
  }
}
