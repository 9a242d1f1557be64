package org.canbo.index;

/**
 * Association of a word with a node from the 2×2 table of window co-occurrence (Evert 2008,
 * "surface" co-occurrence): {@code a} occurrences of the word inside the node's windows,
 * {@code windowTokens} word tokens in all windows, {@code wordCount} occurrences of the word in
 * the reference articles, {@code tokens} word tokens there.
 *
 * <pre>
 *   O11 = a            O12 = windowTokens − a
 *   O21 = wordCount − a   O22 = tokens − windowTokens − wordCount + a
 *   E_ij = row_i × column_j / tokens
 *   G²   = 2 Σ O_ij ln(O_ij / E_ij)     (Dunning 1993; 0·ln 0 = 0)
 *   MI   = log2(O11 / E11)
 * </pre>
 * Cells cannot go negative as each token is counted at most once; they are clamped at 0 anyway.
 */
final class Association {
  private Association() {}

  static double logLikelihood(long a, long windowTokens, long wordCount, long tokens) {
    double o11 = a;
    double o12 = Math.max(0, windowTokens - a);
    double o21 = Math.max(0, wordCount - a);
    double o22 = Math.max(0, tokens - windowTokens - wordCount + a);
    double n = o11 + o12 + o21 + o22;
    double r1 = o11 + o12;
    double r2 = o21 + o22;
    double c1 = o11 + o21;
    double c2 = o12 + o22;
    return 2 * (term(o11, r1 * c1 / n) + term(o12, r1 * c2 / n) + term(o21, r2 * c1 / n)
        + term(o22, r2 * c2 / n));
  }

  static double expected(long windowTokens, long wordCount, long tokens) {
    return tokens == 0 ? 0 : (double) windowTokens * wordCount / tokens;
  }

  static double mutualInformation(long a, long windowTokens, long wordCount, long tokens) {
    double e = expected(windowTokens, wordCount, tokens);
    return a == 0 || e == 0 ? 0 : Math.log(a / e) / Math.log(2);
  }

  private static double term(double o, double e) {
    return o == 0 || e == 0 ? 0 : o * Math.log(o / e);
  }

  /** Rounded to 3 decimals for output. */
  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
