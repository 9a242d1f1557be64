package org.canbo.extract.eval;

/** Precision, recall and F1 from match counts; empty sides count as perfect (nothing to miss). */
public interface PrecisionRecall {
  int truePositives();

  int falsePositives();

  int falseNegatives();

  default double precision() {
    int d = truePositives() + falsePositives();
    return d == 0 ? 1.0 : (double) truePositives() / d;
  }

  default double recall() {
    int d = truePositives() + falseNegatives();
    return d == 0 ? 1.0 : (double) truePositives() / d;
  }

  default double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
