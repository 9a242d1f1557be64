package org.canbo.pipeline;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.canbo.ingest.warc.SkippedRecords;

/** The running counts of one batch, updated from several threads, turned into its summary. */
final class IngestCounters {
  final AtomicInteger ingested = new AtomicInteger();
  final AtomicInteger unchanged = new AtomicInteger();
  final AtomicInteger duplicates = new AtomicInteger();
  final AtomicInteger skipped = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  final AtomicInteger truncated = new AtomicInteger();
  final AtomicInteger flagged = new AtomicInteger();
  final AtomicLong bytes = new AtomicLong();
  final AtomicLong fileNanos = new AtomicLong();
  final AtomicLong stageNanos = new AtomicLong();
  /** Pages and bad records of web archives beyond one per archive file (each is an item seen). */
  final AtomicInteger archiveItems = new AtomicInteger();
  private final AtomicReference<SkippedRecords> skippedRecords =
      new AtomicReference<>(SkippedRecords.NONE);

  void skippedRecords(SkippedRecords more) {
    skippedRecords.accumulateAndGet(more, SkippedRecords::plus);
  }

  /**
   * The summary of {@code seen} paths; after a write failure nothing of the run is committed, so
   * what was read counts as not committed, with everything the batch did not reach.
   */
  IngestSummary summary(int seen, String writeFailure, long elapsedNanos) {
    seen += archiveItems.get();
    int settled = unchanged.get() + duplicates.get() + skipped.get() + failed.get();
    int ingestedNow = writeFailure == null ? ingested.get() : 0;
    int notCommitted = writeFailure == null ? 0 : seen - settled;
    return new IngestSummary(seen, ingestedNow, unchanged.get(), duplicates.get(), skipped.get(),
        failed.get(), truncated.get(), flagged.get(), notCommitted, bytes.get(),
        Duration.ofNanos(elapsedNanos), Duration.ofNanos(fileNanos.get()),
        Duration.ofNanos(stageNanos.get()), writeFailure, skippedRecords.get());
  }
}
