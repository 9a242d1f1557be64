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
import java.util.function.Supplier;
import org.canbo.ingest.CorpusWalker;
import org.canbo.ingest.IoReason;
import org.canbo.model.Document;

/**
 * Drives one ingest batch: for every file, and every page of a web archive ({@link ArchiveFeeder}),
 * skip it when unchanged or a duplicate, else read, run the stages and hand the document to the
 * sink; one bad file is reported as {@code path: reason}
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
      ArchiveFeeder archives = new ArchiveFeeder(claims, counters, report,
          task -> submit(pool, inFlight, () -> timed(task), () -> {}), this::stopped,
          reader.limits());
      for (CorpusWalker.Entry entry : walk.entries()) {
        if (stopped()) {
          break;
        }
        if (ArchiveFeeder.isArchive(entry.file())) {
          // The pages of an archive are claimed in file order here, then read in the pool.
          archives.feed(entry, (page, id, sha256) -> process(
              ArchiveFeeder.where(entry.file(), page), page.body().length,
              () -> reader.read(page, entry.file().toString(), id, sha256)));
          progress.run();
          continue;
        }
        String sha256 = claim(entry, claims);
        if (sha256 == null) {
          progress.run();
          continue;
        }
        submit(pool, inFlight, () -> timed(() -> processFile(entry, sha256)), progress);
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

  /** Runs {@code task} in the pool, at most {@code threads * 4} at a time; blocks until a place is free. */
  private static void submit(ExecutorService pool, Semaphore inFlight, Runnable task,
      Runnable done) {
    inFlight.acquireUninterruptibly();
    pool.submit(() -> {
      try {
        task.run();
      } finally {
        inFlight.release();
        done.run();
      }
    });
  }

  private boolean stopped() {
    return writeFailure.get() != null;
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

  private void timed(Runnable work) {
    long started = System.nanoTime();
    try {
      work.run();
    } finally {
      counters.fileNanos.addAndGet(System.nanoTime() - started);
    }
  }

  private void processFile(CorpusWalker.Entry entry, String sha256) {
    Path file = entry.file();
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException | UncheckedIOException e) {
      report.failed(file, "read error (" + IoReason.of(e) + ")");
      return;
    }
    process(file.toString(), bytes, () -> reader.read(file, entry.id(), sha256, bytes));
  }

  /** Reads one document ({@code where} names it in report lines), runs the stages, stores it. */
  private void process(String where, long bytes, Supplier<ReadResult> read) {
    if (stopped()) {
      return; // the batch has stopped; this document counts as not committed
    }
    Document document;
    try {
      ReadResult result = read.get();
      if (result instanceof ReadResult.Failed failed) {
        report.failed(where, failed.failure().message());
        return;
      }
      long stagesStarted = System.nanoTime();
      document = pipeline.apply(((ReadResult.Read) result).document());
      counters.stageNanos.addAndGet(System.nanoTime() - stagesStarted);
    } catch (UncheckedIOException e) {
      report.failed(where, "read error (" + IoReason.of(e) + ")");
      return;
    } catch (RuntimeException e) {
      // A stage bug on one document must not stop the batch; it is reported like bad input.
      report.failed(where, "internal error (" + e + ")");
      return;
    }
    if (!store(document, where)) {
      return;
    }
    counters.ingested.incrementAndGet();
    counters.bytes.addAndGet(bytes);
    report.stored(where, document);
  }

  /**
   * Hands the document to the sink; false when it was not stored: the sink could not be written
   * (the batch is then stopped) or rejected this one document (a failure like bad input).
   */
  private boolean store(Document document, String file) {
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
