package org.canbo.ingest.html;

import java.util.List;

/**
 * Scores over pages as the benchmark reports them: precision is the mean per-page precision
 * over pages with a prediction, recall the mean per-page recall over pages with a true body, F1
 * their harmonic mean.
 */
public record BenchSummary(int pages, double precision, double recall, double f1) {

  public static BenchSummary of(List<PageScore> scores) {
    double p = scores.stream().filter(PageScore::predicted)
        .mapToDouble(PageScore::precision).average().orElse(0);
    double r = scores.stream().filter(PageScore::hasTruth)
        .mapToDouble(PageScore::recall).average().orElse(0);
    return new BenchSummary(scores.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
