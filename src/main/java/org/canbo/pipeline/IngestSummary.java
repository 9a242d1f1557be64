package org.canbo.pipeline;

import java.time.Duration;

/**
 * Counts and timing of one ingest batch, printed on stdout and mapped to the exit status;
 * {@code flagged} counts ingested documents with a quality flag (read, but possibly losing text).
 * {@code fileTime} is the time spent on files summed over threads; {@code stageTime} the part of
 * it spent in the NLP and extraction stages.
 */
public record IngestSummary(
    int seen, int ingested, int unchanged, int failed, int truncated, int flagged, long bytes,
    Duration elapsed,
    Duration fileTime, Duration stageTime) {

  /** Share of per-file processing time spent in the stages (what extraction adds to reading). */
  public double stageShare() {
    long file = fileTime.toNanos();
    return file == 0 ? 0 : (double) stageTime.toNanos() / file;
  }

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

  /** Stage time relative to the rest of per-file time (parse, clean, metadata, index). */
  public double stageOverhead() {
    long rest = fileTime.toNanos() - stageTime.toNanos();
    return rest <= 0 ? 0 : (double) stageTime.toNanos() / rest;
  }

  /** One-paragraph, human-readable summary. */
  public String describe() {
    return String.format(
        "files seen: %d%ningested: %d%nunchanged: %d%nfailed: %d%ntruncated: %d%nflagged: %d%n"
            + "time: %.2f s%nthroughput: %.1f docs/s, %.2f MB/s%n"
            + "extraction stages: %.1f%% of per-file time (+%.1f%% over parsing and indexing)",
        seen, ingested, unchanged, failed, truncated, flagged, seconds(), docsPerSecond(),
        megabytesPerSecond(), 100 * stageShare(), 100 * stageOverhead());
  }
}
