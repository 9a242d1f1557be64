package org.canbo.cli;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canbo.config.Models;
import org.canbo.config.Pipelines;
import org.canbo.index.LuceneIndex;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.TikaDocumentParser;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.Document;
import org.canbo.pipeline.ArticleReader;
import org.canbo.pipeline.Pipeline;
import org.canbo.pipeline.ReadResult;
import org.canbo.pipeline.Stage;
import org.apache.lucene.store.ByteBuffersDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-stages}: the CPU time of reading (parse, clean, metadata) and of each
 * standard stage per article, on one thread, after a warm-up: where an ingest's CPU goes, stage by
 * stage (thread CPU time, so other jobs on the machine do not count).
 * The word layer is segmented when first read, so its cost shows in the first stage reading it.
 * Then each article goes into an in-memory Lucene index (its fields and inversion on this thread),
 * committed once after the timed passes: that commit's process CPU (flush, copy grouping, merge on
 * Lucene's merge threads) is shared out over the timed articles.
 */
@Command(
    name = "bench-stages",
    mixinStandardHelpOptions = true,
    description = "Time reading and each pipeline stage per article, on one thread.")
final class BenchStagesCommand extends CanboSubcommand {
  /** CPU time of this thread: on a shared box, wall time would count the other jobs too. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean PROCESS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to run. Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("corpus");

  @Option(names = "--rounds", paramLabel = "N", description = "Timed passes over the corpus. Default: ${DEFAULT-VALUE}.")
  int rounds = 200;

  @Option(names = "--warmup", paramLabel = "N", description = "Untimed passes first. Default: ${DEFAULT-VALUE}.")
  int warmup = 100;

  @Override
  public Integer call() throws Exception {
    requireInputs(corpus);
    Models models = Models.load();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<Stage> stages = Pipelines.standard(models).stages();
    long[] nanos = new long[stages.size() + 3];
    int articles = 0;
    try (TikaDocumentParser parser = new TikaDocumentParser(
            IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS));
        LuceneIndex warmupIndex = index(models);
        LuceneIndex index = index(models)) {
      ArticleReader reader = new ArticleReader(parser, new MetadataExtractor(models.gazetteer()));
      for (int round = 0; round < warmup + rounds; round++) {
        boolean timed = round >= warmup;
        for (Path file : files) {
          String id = round + "/" + file.getFileName();
          long t = CPU.getCurrentThreadCpuTime();
          ReadResult read = reader.read(file, id, "-", Files.size(file));
          long done = CPU.getCurrentThreadCpuTime();
          if (!(read instanceof ReadResult.Read ok)) {
            continue;
          }
          long[] spent = run(stages, ok.document(), timed ? index : warmupIndex);
          if (timed) {
            nanos[0] += done - t;
            for (int i = 0; i < spent.length; i++) {
              nanos[i + 1] += spent[i];
            }
            articles++;
          }
        }
      }
      long t = PROCESS.getProcessCpuTime();
      index.commit();
      nanos[nanos.length - 1] = PROCESS.getProcessCpuTime() - t;
      warmupIndex.rollback();
    }
    report(stages, nanos, articles);
    return ExitCodes.OK;
  }

  /**
   * Applies each stage in turn (as {@link Pipeline#apply} does), then hands the document to
   * {@code index}, timing each; the last slot stays for the commit.
   */
  private static long[] run(List<Stage> stages, Document doc, LuceneIndex index)
      throws java.io.IOException {
    long[] spent = new long[stages.size() + 2];
    Document current = doc;
    for (int i = 0; i < stages.size(); i++) {
      long t = CPU.getCurrentThreadCpuTime();
      current = stages.get(i).apply(current);
      spent[i] = CPU.getCurrentThreadCpuTime() - t;
    }
    long t = CPU.getCurrentThreadCpuTime();
    index.accept(current);
    spent[stages.size()] = CPU.getCurrentThreadCpuTime() - t;
    return spent;
  }

  /** An index in memory, analysing its word fields with the pipeline's segmenter (as ingest does). */
  private static LuceneIndex index(Models models) throws java.io.IOException {
    return new LuceneIndex(Path.of("bench-stages"), new ByteBuffersDirectory(),
        Pipelines.version(IngestLimits.DEFAULTS), models.segmenter());
  }

  private void report(List<Stage> stages, long[] nanos, int articles) {
    List<String> names = new ArrayList<>();
    names.add("read (parse, clean, metadata)");
    stages.forEach(s -> names.add(s.name()));
    names.add("index (fields, inversion)");
    names.add("index commit (process CPU)");
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    out().printf("%d articles, CPU time of one thread%n", articles);
    for (int i = 0; i < nanos.length; i++) {
      out().printf("  %-32s %8.3f ms/article %5.1f%%%n", names.get(i),
          nanos[i] / 1e6 / Math.max(1, articles), 100.0 * nanos[i] / Math.max(1, total));
    }
    out().printf("  %-32s %8.3f ms/article = %.0f articles/s per core%n", "total",
        total / 1e6 / Math.max(1, articles), articles / (total / 1e9));
  }
}
