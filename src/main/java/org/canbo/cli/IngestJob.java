package org.canbo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.util.IOUtils;
import org.canbo.config.Models;
import org.canbo.config.Pipelines;
import org.canbo.index.LuceneIndex;
import org.canbo.index.SolrSchema;
import org.canbo.solr.SolrSink;
import org.canbo.solr.SolrTarget;
import org.canbo.ingest.CorpusWalker;
import org.canbo.ingest.DocumentParser;
import org.canbo.ingest.DocumentParsers;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.pipeline.ArticleReader;
import org.canbo.pipeline.BatchPolicy;
import org.canbo.pipeline.DocumentSink;
import org.canbo.pipeline.IngestRunner;
import org.canbo.pipeline.IngestSummary;

/** Wires walker, parser, cleaner, metadata, stages and the sink for one ingest batch. */
final class IngestJob {
  private IngestJob() {}

  /** Ingests into the Lucene index at {@code indexDir}. */
  static IngestSummary run(
      List<Path> paths, Path indexDir, IngestLimits limits, BatchPolicy policy, Models models,
      Consumer<String> problems) throws IOException {
    return run(paths, indexDir, limits, policy, models, problems, () -> {});
  }

  /** The same, calling {@code afterEachFile} once per file entry done (benchmarks time it). */
  static IngestSummary run(
      List<Path> paths, Path indexDir, IngestLimits limits, BatchPolicy policy, Models models,
      Consumer<String> problems, Runnable afterEachFile) throws IOException {
    LuceneIndex sink = new LuceneIndex(indexDir, Pipelines.version(limits), models.segmenter());
    IngestSummary summary = null;
    try {
      summary = run(paths, sink, limits, policy, models, problems, afterEachFile);
    } finally {
      if (summary != null && summary.writeFailure() == null) {
        sink.close();
      } else {
        // A failure is on its way out or already reported: closing must not hide it.
        IOUtils.closeWhileHandlingException(sink::close);
      }
    }
    return summary;
  }

  /**
   * Ingests into the SolrCloud collection at {@code target} (same pipeline, same per-file
   * problems); documents Solr refuses are reported like failed files.
   */
  static IngestSummary runSolr(
      List<Path> paths, SolrTarget target, String collection, int batch, IngestLimits limits,
      BatchPolicy policy, Models models, Consumer<String> problems) throws Exception {
    SolrSink sink = SolrSink.open(target, collection, new SolrSchema(Pipelines.version(limits)),
        batch, problems);
    try (sink) {
      // A document Solr refused was reported on its own line; it counts as failed, not ingested.
      return run(paths, sink, limits, policy, models, problems).withRefused(sink.refused());
    }
  }

  /** Reads the files, runs the standard stages and hands every document to {@code sink}. */
  static IngestSummary run(
      List<Path> paths, DocumentSink sink, IngestLimits limits, BatchPolicy policy, Models models,
      Consumer<String> problems) throws IOException {
    return run(paths, sink, limits, policy, models, problems, () -> {});
  }

  private static IngestSummary run(
      List<Path> paths, DocumentSink sink, IngestLimits limits, BatchPolicy policy, Models models,
      Consumer<String> problems, Runnable afterEachFile) throws IOException {
    CorpusWalker.Walk walk = new CorpusWalker(policy.followLinks()).walk(paths);
    try (DocumentParser parser = DocumentParsers.create(limits);
        ProgressReporter progress = new ProgressReporter("ingest", walk.entries().size())) {
      ArticleReader reader =
          new ArticleReader(parser, new MetadataExtractor(models.gazetteer()), limits);
      IngestRunner runner = new IngestRunner(reader, Pipelines.standard(models), sink,
          limits.parseWorkers(), policy.allowDuplicates(), problems);
      return runner.run(walk, () -> {
        progress.step();
        afterEachFile.run();
      });
    }
  }

  /**
   * 0 when every file was ingested, unchanged, a duplicate or a skipped link; 2 when some failed;
   * 1 when nothing was usable or the index could not be written.
   */
  static int exitCode(IngestSummary summary) {
    if (summary.writeFailure() != null || summary.seen() == 0
        || summary.ingested() + summary.unchanged() + summary.duplicates() == 0) {
      return ExitCodes.FATAL;
    }
    return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }
}
