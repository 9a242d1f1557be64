package org.canbo.pipeline;

import java.time.Duration;

/** Counts and timing of one ingest batch, printed on stdout and mapped to the exit status. */
public record IngestSummary(
    int seen, int ingested, int unchanged, int failed, int truncated, long bytes, Duration elapsed) {

  public double docsPerSecond() {
    double s = seconds();
    return s == 0 ? 0 : ingested / s;
  }

  public double megabytesPerSecond() {
    double s = seconds();
    return s == 0 ? 0 : bytes / 1_048_576.0 / s;
  }

  private double seconds() {
    return elapsed.toNanos() / 1e9;
  }

  /** One-paragraph, human-readable summary. */
  public String describe() {
    return String.format(
        "files seen: %d%ningested: %d%nunchanged: %d%nfailed: %d%ntruncated: %d%n"
            + "time: %.2f s%nthroughput: %.1f docs/s, %.2f MB/s",
        seen, ingested, unchanged, failed, truncated, seconds(), docsPerSecond(),
        megabytesPerSecond());
  }
}
