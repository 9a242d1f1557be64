package org.canbo.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies and outcomes of one kind of request during one benchmark phase, from many threads:
 * answers by status, failures (reset, timeout, ...) by kind.
 */
final class LatencyLog {
  private long[] nanos = new long[1024];
  private int n;
  private final Map<String, Integer> outcomes = new TreeMap<>();

  synchronized void answered(int status, long elapsedNanos) {
    if (n == nanos.length) {
      nanos = Arrays.copyOf(nanos, n * 2);
    }
    nanos[n++] = elapsedNanos;
    outcomes.merge(String.valueOf(status), 1, Integer::sum);
  }

  synchronized void failed(String kind) {
    outcomes.merge(kind, 1, Integer::sum);
  }

  /** Answers and failures, e.g. {@code 200: 950, 503: 3, reset: 1}. */
  synchronized String outcomes() {
    return outcomes.isEmpty() ? "none" : outcomes.toString().replaceAll("[{}]", "").replace("=", ": ");
  }

  synchronized int failures() {
    return outcomes.entrySet().stream().filter(e -> !e.getKey().matches("\\d+"))
        .mapToInt(Map.Entry::getValue).sum();
  }

  synchronized int answers() {
    return n;
  }

  /** The p-th percentile of the answers' latencies in milliseconds (NaN without answers). */
  synchronized double percentileMillis(int p) {
    if (n == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    return BenchCommand.percentile(sorted, p) / 1e6;
  }

  /** One line: count, rate over {@code seconds}, p50/p99/max, outcomes. */
  String describe(double seconds) {
    return String.format("%6d answers %7.1f req/s  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (%s)",
        answers(), answers() / seconds, percentileMillis(50), percentileMillis(99),
        percentileMillis(100), outcomes());
  }
}
