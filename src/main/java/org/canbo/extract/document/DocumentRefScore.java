package org.canbo.extract.document;

import java.util.List;
import org.canbo.model.DocumentRef;

/**
 * Result of scoring predicted document references against gold: counts, precision/recall/F1, the
 * matched predictions, the misses (gold not found) and false alarms (predictions not in gold), and
 * precision by confidence band, so that a confidence threshold can be checked against its promise.
 */
public record DocumentRefScore(
    int truePositives, int falsePositives, int falseNegatives, List<DocumentRef> matches,
    List<DocumentRef> misses, List<DocumentRef> falseAlarms)
    implements org.canbo.extract.eval.PrecisionRecall {
  /** Lower bounds of the confidence bands reported, highest first. */
  static final double[] BANDS = {0.8, 0.6, 0.0};

  public DocumentRefScore {
    matches = List.copyOf(matches);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
  }

  /** Matched and false predictions with confidence in [low, high). */
  public int[] band(double low, double high) {
    long tp = matches.stream().filter(r -> r.confidence() >= low && r.confidence() < high).count();
    long fp = falseAlarms.stream().filter(r -> r.confidence() >= low && r.confidence() < high).count();
    return new int[] {(int) tp, (int) fp};
  }

  /** A short human-readable summary with precision by confidence band, misses and false alarms. */
  public String summary() {
    StringBuilder b = new StringBuilder(String.format(
        "document refs: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
        precision(), recall(), f1(), truePositives, falsePositives, falseNegatives));
    double high = Double.POSITIVE_INFINITY;
    for (double low : BANDS) {
      int[] c = band(low, high);
      String range = high == Double.POSITIVE_INFINITY ? String.format(">= %.1f", low)
          : low == 0 ? String.format("<  %.1f", high) : String.format("%.1f-%.1f", low, high);
      b.append(String.format("  confidence %-7s P=%s (tp=%d fp=%d)%n", range,
          c[0] + c[1] == 0 ? "-" : String.format("%.3f", (double) c[0] / (c[0] + c[1])), c[0], c[1]));
      high = low;
    }
    misses.forEach(r -> b.append(String.format("  miss  %s %s %s%s%n", r.doc(), r.docType(),
        r.number(), describe(r))));
    falseAlarms.forEach(r -> b.append(String.format("  false %s %s %s %.2f \"%s\"%n", r.doc(),
        r.docType(), r.number(), r.confidence(), oneLine(r.text()))));
    return b.toString();
  }

  /** What identifies an unnumbered gold reference: issuer, plenum and term when given. */
  private static String describe(DocumentRef r) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {r.issuer(), r.plenum(), r.term()}) {
      if (part != null) {
        b.append(b.length() == 0 ? " (" : ", ").append(part);
      }
    }
    return b.length() == 0 ? "" : b.append(')').toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ");
  }
}
