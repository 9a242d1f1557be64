package org.canbo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.canbo.index.CorpusSearcher;
import org.canbo.config.Models;
import org.canbo.index.SearchRequest;
import org.canbo.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/**
 * {@code canbo bench}: replicates a corpus to many files, ingests them into a fresh index and
 * queries it, reporting docs/s, MB/s, peak heap, index size and search latency percentiles.
 * Timing lives here, never in unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark ingest throughput and search latency on a replicated corpus.")
final class BenchCommand extends CanboSubcommand {
  @Mixin IngestOptions options;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to replicate. Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("corpus");

  @Option(names = "--files", paramLabel = "N", description = "Files to generate. Default: ${DEFAULT-VALUE}.")
  int files = 10_000;

  @Option(names = "--queries", paramLabel = "N", description = "Search queries to time. Default: ${DEFAULT-VALUE}.")
  int queries = 1_000;

  @Option(names = "--workdir", paramLabel = "DIR",
      description = "Where the replicated corpus and index go. Default: a new temporary directory.")
  Path workdir;

  @Override
  public Integer call() throws Exception {
    requireInputs(corpus);
    Models models = options.models();
    Path dir = workdir != null ? Files.createDirectories(workdir) : Files.createTempDirectory("canbo-bench");
    Path copies = dir.resolve("corpus");
    Path indexDir = dir.resolve("index");
    long sourceBytes = Replicator.replicate(corpus, copies, files);
    out().printf("corpus: %d files, %.1f MB in %s%n", files, sourceBytes / 1_048_576.0, copies);

    HeapSampler heap = HeapSampler.start();
    HalfwayClock clock = new HalfwayClock(files);
    IngestSummary summary = IngestJob.run(List.of(copies), indexDir, options.limits(),
        options.policy().withAllowDuplicates(true), models, errStream(), clock::fileDone);
    long peakHeap = heap.stopAndGetPeak();
    out().println(summary.describe());
    if (clock.secondHalfNanos() > 0) {
      // The JIT compiles for most of a short run: the second half shows the warmed-up rate.
      out().printf("second half of the files (warmed up, before the final commit): %.1f docs/s%n",
          (files - files / 2) / (clock.secondHalfNanos() / 1e9));
    }
    out().printf("peak heap (main JVM): %.0f MB; parser workers: %d × -Xmx%dm%n",
        peakHeap / 1_048_576.0, options.limits().parseWorkers(), options.limits().workerHeapMb());
    out().printf("index size: %.1f MB%n", directorySize(indexDir) / 1_048_576.0);

    List<String> queryList = QuerySampler.sample(corpus, queries);
    long[] nanos = new long[queryList.size()];
    try (CorpusSearcher searcher = new CorpusSearcher(indexDir, models.segmenter())) {
      for (String q : queryList.subList(0, Math.min(50, queryList.size()))) {
        searcher.search(SearchRequest.of(q, 10)); // warm-up
      }
      for (int i = 0; i < queryList.size(); i++) {
        long t = System.nanoTime();
        searcher.search(SearchRequest.of(queryList.get(i), 10));
        nanos[i] = System.nanoTime() - t;
      }
    }
    Arrays.sort(nanos);
    out().printf("search latency over %d queries (top 10 with snippets): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        nanos.length, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6,
        nanos[nanos.length - 1] / 1e6);
    return ExitCodes.OK;
  }

  /** Times the second half of the files, from the moment half of them are done to the last. */
  static final class HalfwayClock {
    private final int files;
    private final AtomicInteger done = new AtomicInteger();
    private volatile long halfway;
    private volatile long last;

    HalfwayClock(int files) {
      this.files = files;
    }

    void fileDone() {
      int n = done.incrementAndGet();
      long now = System.nanoTime();
      if (n == files / 2) {
        halfway = now;
      } else if (n == files) {
        last = now;
      }
    }

    long secondHalfNanos() {
      return halfway > 0 && last > halfway ? last - halfway : 0;
    }
  }

  static double percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static long directorySize(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Copies a corpus round-robin into numbered subdirectories until {@code n} files exist. */
  static final class Replicator {
    private Replicator() {}

    static long replicate(Path corpus, Path target, int n) throws IOException {
      List<Path> sources = new ArrayList<>();
      try (Stream<Path> s = Files.walk(corpus)) {
        s.filter(Files::isRegularFile).sorted().forEach(sources::add);
      }
      if (sources.isEmpty()) {
        throw new UserInputException("no files in " + corpus);
      }
      long bytes = 0;
      for (int i = 0; i < n; i++) {
        Path src = sources.get(i % sources.size());
        Path dst = target.resolve(String.format("copy-%05d", i / sources.size()))
            .resolve(src.getFileName().toString());
        Files.createDirectories(dst.getParent());
        if (!Files.exists(dst)) {
          Files.copy(src, dst);
        }
        bytes += Files.size(dst);
      }
      return bytes;
    }
  }
}
