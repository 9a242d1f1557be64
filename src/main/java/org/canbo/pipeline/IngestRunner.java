package org.canbo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.canbo.ingest.CorpusWalker;
import org.canbo.ingest.IoReason;
import org.canbo.model.Document;

/**
 * Drives one ingest batch: for every file, skip it when unchanged or a duplicate, else read, run
 * the stages and hand the document to the sink; one bad file is reported as {@code path: reason}
 * and the batch goes on; the sink is committed once at the end, so an interrupted run leaves the
 * previous commit. A sink that cannot be written (disk full) stops the batch at once with one line,
 * and nothing of the run is committed.
 *
 * <p>Every report line is escaped ({@link ProblemReport}): a file name cannot forge lines.
 */
public final class IngestRunner {
  private final ArticleReader reader;
  private final Pipeline pipeline;
  private final DocumentSink sink;
  private final int threads;
  private final boolean allowDuplicates;
  private final IngestCounters counters = new IngestCounters();
  private final ProblemReport report;
  private final AtomicBoolean used = new AtomicBoolean();
  /** The first sink failure, once the batch has stopped because of it. */
  private final AtomicReference<String> writeFailure = new AtomicReference<>();

  /**
   * @param threads files processed concurrently (parsing and NLP of a file run on one thread)
   * @param problems receives one line per failed, skipped, duplicate or truncated file and per
   *     quality flag
   */
  public IngestRunner(
      ArticleReader reader, Pipeline pipeline, DocumentSink sink, int threads,
      boolean allowDuplicates, Consumer<String> problems) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.reader = reader;
    this.pipeline = pipeline;
    this.sink = sink;
    this.threads = threads;
    this.allowDuplicates = allowDuplicates;
    this.report = new ProblemReport(problems, counters);
  }

  /**
   * Ingests what the walk found and commits; {@code progress} is called once per file entry. A
   * runner runs one batch: its counts are the batch's.
   */
  public IngestSummary run(CorpusWalker.Walk walk, Runnable progress) {
    if (used.getAndSet(true)) {
      throw new IllegalStateException("an IngestRunner runs one batch; this one has run");
    }
    long started = System.nanoTime();
    for (CorpusWalker.Problem problem : walk.problems()) {
      report.line(problem.path(), problem.reason());
      (problem.failed() ? counters.failed : counters.skipped).incrementAndGet();
    }
    BatchClaims claims = new BatchClaims(sink, allowDuplicates);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    // Bounded in-flight work: the corpus streams through, it is never held in memory.
    Semaphore inFlight = new Semaphore(threads * 4);
    try {
      for (CorpusWalker.Entry entry : walk.entries()) {
        if (writeFailure.get() != null) {
          break;
        }
        inFlight.acquireUninterruptibly();
        String sha256 = claim(entry, claims);
        if (sha256 == null) {
          inFlight.release();
          progress.run();
          continue;
        }
        pool.submit(() -> {
          try {
            processTimed(entry, sha256);
          } finally {
            inFlight.release();
            progress.run();
          }
        });
      }
      pool.shutdown();
      awaitQuietly(pool);
    } finally {
      pool.shutdownNow();
    }
    if (writeFailure.get() == null && counters.ingested.get() > 0) {
      try {
        sink.commit();
      } catch (IOException | RuntimeException e) {
        stop(e);
      }
    }
    return counters.summary(walk.entries().size() + walk.problems().size(), writeFailure.get(),
        System.nanoTime() - started);
  }

  /** Decides in walk order; returns the content hash of a file to read, or null when done. */
  private String claim(CorpusWalker.Entry entry, BatchClaims claims) {
    long started = System.nanoTime();
    try {
      BatchClaims.Decision decision = claims.decide(entry);
      if (decision instanceof BatchClaims.Decision.Read read) {
        return read.sha256();
      }
      if (decision instanceof BatchClaims.Decision.Unchanged) {
        counters.unchanged.incrementAndGet();
      } else if (decision instanceof BatchClaims.Decision.Duplicate d) {
        counters.duplicates.incrementAndGet();
        report.line(entry.file(), d.message());
      } else if (decision instanceof BatchClaims.Decision.IdTaken taken) {
        report.failed(entry.file(), taken.message());
      }
    } catch (IOException | UncheckedIOException e) {
      report.failed(entry.file(), "read error (" + IoReason.of(e) + ")");
    } finally {
      counters.fileNanos.addAndGet(System.nanoTime() - started);
    }
    return null;
  }

  private void processTimed(CorpusWalker.Entry entry, String sha256) {
    long started = System.nanoTime();
    try {
      process(entry, sha256);
    } finally {
      counters.fileNanos.addAndGet(System.nanoTime() - started);
    }
  }

  private void process(CorpusWalker.Entry entry, String sha256) {
    Path file = entry.file();
    if (writeFailure.get() != null) {
      return; // the batch has stopped; this file counts as not committed
    }
    Document document;
    long bytes;
    try {
      bytes = Files.size(file);
      ReadResult result = reader.read(file, entry.id(), sha256, bytes);
      if (result instanceof ReadResult.Failed failed) {
        report.failed(file, failed.failure().message());
        return;
      }
      long stagesStarted = System.nanoTime();
      document = pipeline.apply(((ReadResult.Read) result).document());
      counters.stageNanos.addAndGet(System.nanoTime() - stagesStarted);
    } catch (IOException | UncheckedIOException e) {
      report.failed(file, "read error (" + IoReason.of(e) + ")");
      return;
    } catch (RuntimeException e) {
      // A stage bug on one document must not stop the batch; it is reported like bad input.
      report.failed(file, "internal error (" + e + ")");
      return;
    }
    if (!store(document, file)) {
      return;
    }
    counters.ingested.incrementAndGet();
    counters.bytes.addAndGet(bytes);
    report.stored(file, document);
  }

  /**
   * Hands the document to the sink; false when it was not stored: the sink could not be written
   * (the batch is then stopped) or rejected this one document (a failure like bad input).
   */
  private boolean store(Document document, Path file) {
    if (writeFailure.get() != null) {
      return false;
    }
    try {
      sink.accept(document);
      return true;
    } catch (IOException e) {
      stop(e);
    } catch (RuntimeException e) {
      report.failed(file, "internal error (" + e + ")");
    }
    return false;
  }

  /** Records the first sink failure and says so once; later files are not processed. */
  private void stop(Throwable e) {
    String reason = IoReason.of(e);
    if (writeFailure.compareAndSet(null, reason)) {
      report.line(sink.description() + " write failed: " + reason
          + "; stopped: nothing from this run was committed, the " + sink.description()
          + " keeps its previous commit");
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: each file has its own parse deadline
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "ingest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
