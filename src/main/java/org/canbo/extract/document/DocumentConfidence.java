package org.canbo.extract.document;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The confidence of a merged reference: a noisy-OR of its distinct pieces of evidence, each an
 * independent chance to be right ({@code 1 - Π(1 - weight)}), plus {@link Evidence#REPEATED} for
 * every mention after the first (at most two). So a symbol alone gives 0.95, a bare number 0.6, a
 * lower-case "nghị quyết của Tỉnh ủy" 0.6 and a capitalised title with its subject only 0.52.
 */
final class DocumentConfidence {
  private static final int MAX_REPEATS = 2;

  private DocumentConfidence() {}

  /** Confidence from the evidence of each merged mention. */
  static double of(Collection<Set<Evidence>> mentions) {
    Set<Evidence> all = EnumSet.noneOf(Evidence.class);
    mentions.forEach(all::addAll);
    double wrong = 1;
    for (Evidence e : all) {
      wrong *= 1 - e.weight();
    }
    for (int i = 1; i < Math.min(mentions.size(), MAX_REPEATS + 1); i++) {
      wrong *= 1 - Evidence.REPEATED.weight();
    }
    return Math.max(0, Math.min(1, 1 - wrong));
  }
}
