package org.canbo.ingest;

import java.time.Duration;
import org.canbo.ingest.ocr.OcrSettings;
import org.canbo.model.UserInputException;

/**
 * Every ingest limit in one validated record: file size, extracted characters (a longer text is
 * kept up to the limit and flagged TRUNCATED, never cut silently), the per-document parse deadline
 * we enforce ourselves, how parsing is isolated, and how scanned pages are OCR'd.
 */
public record IngestLimits(
    long maxFileBytes, int maxChars, Duration parseTimeout, int parseWorkers, int workerHeapMb,
    Isolation isolation, OcrSettings ocr) {

  /** How parsers run: in forked JVMs (a hang or OOM kills only the child) or in this JVM. */
  public enum Isolation {
    PROCESS,
    IN_PROCESS
  }

  /**
   * One file in flight per core: a file's parsing and NLP run on one thread, so ingest scales with
   * the cores. At least 2 (a slow file does not stall the batch), at most 8 (each worker is a JVM
   * of up to {@code workerHeapMb}).
   */
  public static final int DEFAULT_WORKERS =
      Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

  public static final IngestLimits DEFAULTS =
      new IngestLimits(100L << 20, 5_000_000, Duration.ofSeconds(60), DEFAULT_WORKERS, 512,
          Isolation.PROCESS, OcrSettings.DEFAULTS);

  /** Limits with the default OCR settings. */
  public IngestLimits(long maxFileBytes, int maxChars, Duration parseTimeout, int parseWorkers,
      int workerHeapMb, Isolation isolation) {
    this(maxFileBytes, maxChars, parseTimeout, parseWorkers, workerHeapMb, isolation,
        OcrSettings.DEFAULTS);
  }

  public IngestLimits {
    if (maxFileBytes <= 0) {
      throw new UserInputException("max-file-bytes must be positive, got " + maxFileBytes);
    }
    if (maxChars <= 0) {
      throw new UserInputException("max-chars must be positive, got " + maxChars);
    }
    if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new UserInputException("parse-timeout must be positive, got " + parseTimeout);
    }
    if (parseWorkers < 1) {
      throw new UserInputException("parse-workers must be at least 1, got " + parseWorkers);
    }
    if (workerHeapMb < 64) {
      throw new UserInputException("worker-heap must be at least 64 MB, got " + workerHeapMb);
    }
    if (isolation == null) {
      throw new IllegalArgumentException("isolation is null");
    }
    if (ocr == null) {
      throw new IllegalArgumentException("ocr settings are null");
    }
  }

  public IngestLimits withOcr(OcrSettings value) {
    return new IngestLimits(maxFileBytes, maxChars, parseTimeout, parseWorkers, workerHeapMb,
        isolation, value);
  }

  public IngestLimits withIsolation(Isolation value) {
    return new IngestLimits(maxFileBytes, maxChars, parseTimeout, parseWorkers, workerHeapMb, value, ocr);
  }

  public IngestLimits withParseTimeout(Duration value) {
    return new IngestLimits(maxFileBytes, maxChars, value, parseWorkers, workerHeapMb, isolation, ocr);
  }

  public IngestLimits withMaxFileBytes(long value) {
    return new IngestLimits(value, maxChars, parseTimeout, parseWorkers, workerHeapMb, isolation, ocr);
  }

  public IngestLimits withMaxChars(int value) {
    return new IngestLimits(maxFileBytes, value, parseTimeout, parseWorkers, workerHeapMb, isolation, ocr);
  }
}
