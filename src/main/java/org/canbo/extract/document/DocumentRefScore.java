package org.canbo.extract.document;

import java.util.List;
import org.canbo.model.DocumentRef;

/**
 * Result of scoring predicted document references against gold: counts, precision/recall/F1, and
 * the misses (gold not found) and false alarms (predictions not in gold), as scored.
 */
public record DocumentRefScore(
    int truePositives, int falsePositives, int falseNegatives, List<DocumentRef> misses,
    List<DocumentRef> falseAlarms) implements org.canbo.extract.eval.PrecisionRecall {
  public DocumentRefScore {
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
  }


  /** A short human-readable summary with the misses and false alarms. */
  public String summary() {
    StringBuilder b = new StringBuilder(String.format(
        "document refs: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
        precision(), recall(), f1(), truePositives, falsePositives, falseNegatives));
    misses.forEach(r -> b.append(String.format("  miss  %s %s %s%n", r.doc(), r.docType(), r.number())));
    falseAlarms.forEach(r -> b.append(String.format("  false %s %s %s \"%s\"%n", r.doc(), r.docType(),
        r.number(), r.text())));
    return b.toString();
  }
}
