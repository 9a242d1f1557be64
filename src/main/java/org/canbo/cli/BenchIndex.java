package org.canbo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.canbo.config.Models;
import org.canbo.index.CorpusSearcher;
import org.canbo.ingest.IngestLimits;
import org.canbo.model.Document;

/**
 * The large index the search and server benchmarks share: the seed corpus ingested once, then
 * {@link ReplicatedIndex replicated} to N articles under {@code workdir}; reused when present.
 */
final class BenchIndex {
  private BenchIndex() {}

  static Path prepare(Path corpus, int articles, Path workdir, Models models, PrintWriter out,
      Consumer<String> err) throws Exception {
    Path indexDir = workdir.resolve("index-" + articles);
    if (!Files.isDirectory(indexDir)) {
      Path seedIndex = workdir.resolve("seed-index");
      IngestLimits d = IngestLimits.DEFAULTS;
      IngestJob.run(List.of(corpus), seedIndex, new IngestLimits(d.maxFileBytes(), d.maxChars(),
          d.parseTimeout(), d.parseWorkers(), d.workerHeapMb(), IngestLimits.Isolation.IN_PROCESS),
          org.canbo.pipeline.BatchPolicy.DEFAULT, models, err);
      List<Document> seeds = new ArrayList<>();
      try (CorpusSearcher seed = new CorpusSearcher(seedIndex, models.segmenter())) {
        seed.forEachDocument(seeds::add);
      }
      long t = System.nanoTime();
      ReplicatedIndex.build(seeds, articles, indexDir, models.segmenter());
      out.printf("indexed %d copies of %d articles in %.1f s%n", articles, seeds.size(),
          (System.nanoTime() - t) / 1e9);
    }
    out.printf("index: %s, %.1f MB%n", indexDir, ReplicatedIndex.size(indexDir) / 1_048_576.0);
    return indexDir;
  }
}
