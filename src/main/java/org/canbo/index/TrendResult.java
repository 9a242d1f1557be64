package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Matches of a query over time: totals, one point per period with at least one matching article
 * (in period order; periods without matches are absent, so a chart fills gaps itself), and the
 * articles whose date lacks the year (or, by month, the month) as the {@code unknown} point;
 * {@code matching} says how the occurrences were matched (e.g. "word, exact").
 */
@JsonPropertyOrder({"by", "articles", "occurrences", "matching", "periods", "unknown"})
public record TrendResult(
    TrendGranularity by, long articles, long occurrences, String matching,
    List<TrendPoint> periods, TrendPoint unknown) {
  public static final String UNKNOWN = "unknown";

  public TrendResult {
    periods = List.copyOf(periods);
  }
}
