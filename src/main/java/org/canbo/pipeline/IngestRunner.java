package org.canbo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.canbo.ingest.ContentHash;
import org.canbo.ingest.CorpusWalker;
import org.canbo.model.Document;
import org.canbo.model.IngestStatus;

/**
 * Drives one ingest batch: for every file, skip it when unchanged, else read, run the stages and
 * hand the document to the sink; one bad file is reported as {@code path: reason} and the batch goes
 * on; the sink is committed once at the end, so an interrupted run leaves the previous commit.
 */
public final class IngestRunner {
  private final ArticleReader reader;
  private final Pipeline pipeline;
  private final DocumentSink sink;
  private final int threads;
  private final Consumer<String> problems;

  /**
   * @param threads files processed concurrently (parsing and NLP of a file run on one thread)
   * @param problems receives one line per failed or truncated file and per quality flag
   */
  public IngestRunner(
      ArticleReader reader, Pipeline pipeline, DocumentSink sink, int threads,
      Consumer<String> problems) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.reader = reader;
    this.pipeline = pipeline;
    this.sink = sink;
    this.threads = threads;
    this.problems = problems;
  }

  /** Ingests the entries and commits; {@code progress} is called once per finished file. */
  public IngestSummary run(List<CorpusWalker.Entry> entries, Runnable progress) throws IOException {
    long started = System.nanoTime();
    Counters counters = new Counters();
    Map<String, Path> seenIds = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    // Bounded in-flight work: the corpus streams through, it is never held in memory.
    Semaphore inFlight = new Semaphore(threads * 4);
    try {
      for (CorpusWalker.Entry entry : entries) {
        inFlight.acquireUninterruptibly();
        pool.submit(
            () -> {
              try {
                processOne(entry, seenIds, counters);
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
    if (counters.ingested.get() > 0) {
      sink.commit();
    }
    return new IngestSummary(
        entries.size(), counters.ingested.get(), counters.unchanged.get(), counters.failed.get(),
        counters.truncated.get(), counters.flagged.get(), counters.bytes.get(),
        Duration.ofNanos(System.nanoTime() - started),
        Duration.ofNanos(counters.fileNanos.get()), Duration.ofNanos(counters.stageNanos.get()));
  }

  private void processOne(CorpusWalker.Entry entry, Map<String, Path> seenIds, Counters counters) {
    long started = System.nanoTime();
    try {
      processTimed(entry, seenIds, counters);
    } finally {
      counters.fileNanos.addAndGet(System.nanoTime() - started);
    }
  }

  private void processTimed(CorpusWalker.Entry entry, Map<String, Path> seenIds, Counters counters) {
    Path file = entry.file();
    try {
      Path previous = seenIds.putIfAbsent(entry.id(), file);
      if (previous != null) {
        fail(counters, file, "duplicate document id '" + entry.id() + "' (also " + previous + ")");
        return;
      }
      long bytes = Files.size(file);
      String sha256 = ContentHash.sha256(file);
      if (sink.isUnchanged(entry.id(), sha256)) {
        counters.unchanged.incrementAndGet();
        return;
      }
      ReadResult result = reader.read(file, entry.id(), sha256, bytes);
      if (result instanceof ReadResult.Failed failed) {
        fail(counters, file, failed.failure().message());
        return;
      }
      long stagesStarted = System.nanoTime();
      Document document = pipeline.apply(((ReadResult.Read) result).document());
      counters.stageNanos.addAndGet(System.nanoTime() - stagesStarted);
      String language = document.annotations().language();
      if (language != null && !"vie".equals(language)) {
        problems.accept(file + ": language '" + language
            + "' is not Vietnamese; indexed without Vietnamese extraction");
      }
      sink.accept(document);
      counters.ingested.incrementAndGet();
      counters.bytes.addAndGet(bytes);
      if (document.source() != null && !document.source().flags().isEmpty()) {
        counters.flagged.incrementAndGet();
        document.source().flags().forEach(flag -> problems.accept(file + ": flagged: " + flag));
      }
      if (document.status() == IngestStatus.TRUNCATED) {
        counters.truncated.incrementAndGet();
        problems.accept(file + ": truncated at " + document.text().length()
            + " characters (raise --max-chars to keep all)");
      }
    } catch (IOException | UncheckedIOException e) {
      fail(counters, file, "read error (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      // A stage bug on one document must not stop the batch; it is reported like bad input.
      fail(counters, file, "internal error (" + e + ")");
    }
  }

  private void fail(Counters counters, Path file, String message) {
    counters.failed.incrementAndGet();
    problems.accept(file + ": " + message);
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

  private static final class Counters {
    final AtomicInteger ingested = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger truncated = new AtomicInteger();
    final AtomicInteger flagged = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong fileNanos = new AtomicLong();
    final AtomicLong stageNanos = new AtomicLong();
  }

}
