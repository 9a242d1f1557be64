package org.canbo.ingest.html;

/** Shingle counts of one page's extracted body against its true body (see {@link ShingleScorer}). */
public record PageScore(String key, int tp, int fp, int fn) {
  public PageScore {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative counts for " + key + ": " + tp + "/" + fp + "/" + fn);
    }
  }

  /** Whether anything was predicted; only such pages count towards precision. */
  public boolean predicted() {
    return tp + fp > 0;
  }

  /** Whether the page has a true body; only such pages count towards recall. */
  public boolean hasTruth() {
    return tp + fn > 0;
  }

  public double precision() {
    return predicted() ? (double) tp / (tp + fp) : 0;
  }

  public double recall() {
    return hasTruth() ? (double) tp / (tp + fn) : 0;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
