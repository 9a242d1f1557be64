package org.canbo.pipeline;

import java.time.Duration;
import org.canbo.ingest.warc.SkippedRecords;

/**
 * Counts and timing of one ingest batch, printed on stdout and mapped to the exit status. Every
 * path seen ends in exactly one of ingested, unchanged, duplicates, skipped, failed or (when the
 * index could not be written) not committed; {@code truncated} and {@code flagged} count documents
 * read with a limit hit or a quality flag. {@code fileTime} is the time spent on files summed over
 * threads; {@code stageTime} the part of it spent in the NLP and extraction stages.
 * {@code writeFailure} is null unless writing the index failed, which stops the batch and leaves
 * the previous commit in place. Each page of a web archive is an item seen like a file; {@code
 * skippedRecords} counts the archive records that are not articles (revisits, not HTML, not 200).
 */
public record IngestSummary(
    int seen, int ingested, int unchanged, int duplicates, int skipped, int failed, int truncated,
    int flagged, int notCommitted, long bytes, Duration elapsed, Duration fileTime,
    Duration stageTime, String writeFailure, SkippedRecords skippedRecords) {

  public IngestSummary {
    skippedRecords = skippedRecords == null ? SkippedRecords.NONE : skippedRecords;
  }

  /**
   * This summary with {@code n} documents counted as failed rather than ingested: a sink that
   * refuses documents after the pipeline accepted them (Solr answering 4xx to one) reports them so.
   */
  public IngestSummary withRefused(int n) {
    if (n == 0) {
      return this;
    }
    return new IngestSummary(seen, Math.max(0, ingested - n), unchanged, duplicates, skipped,
        failed + n, truncated, flagged, notCommitted, bytes, elapsed, fileTime, stageTime,
        writeFailure, skippedRecords);
  }

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
    String lost = writeFailure == null ? "" : String.format("not committed: %d%n", notCommitted);
    if (skippedRecords.total() > 0) {
      lost += "archive records skipped: " + skippedRecords.describe() + System.lineSeparator();
    }
    return String.format(
        "files seen: %d%ningested: %d%nunchanged: %d%nduplicates: %d%nskipped: %d%nfailed: %d%n"
            + "truncated: %d%nflagged: %d%n%stime: %.2f s%nthroughput: %.1f docs/s, %.2f MB/s%n"
            + "extraction stages: %.1f%% of per-file time (+%.1f%% over parsing and indexing)",
        seen, ingested, unchanged, duplicates, skipped, failed, truncated, flagged, lost, seconds(),
        docsPerSecond(), megabytesPerSecond(), 100 * stageShare(), 100 * stageOverhead());
  }
}
