package org.canbo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.canbo.pipeline.DocumentSink;
import org.canbo.ingest.CorpusWalker;
import org.canbo.ingest.DocumentParser;
import org.canbo.ingest.DocumentParsers;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.index.LuceneIndex;
import org.canbo.config.Models;
import org.canbo.pipeline.ArticleReader;
import org.canbo.pipeline.IngestRunner;
import org.canbo.pipeline.IngestSummary;
import org.canbo.config.Pipelines;

/** Wires parser, cleaner, metadata, stages and the Lucene sink for one ingest batch. */
final class IngestJob {
  private IngestJob() {}

  /** Ingests into the Lucene index at {@code indexDir}. */
  static IngestSummary run(
      List<Path> paths, Path indexDir, IngestLimits limits, Models models,
      Consumer<String> problems) throws IOException {
    try (LuceneIndex sink =
        new LuceneIndex(indexDir, Pipelines.version(limits), models.segmenter())) {
      return run(paths, sink, limits, models, problems);
    }
  }

  /** Reads the files, runs the standard stages and hands every document to {@code sink}. */
  static IngestSummary run(
      List<Path> paths, DocumentSink sink, IngestLimits limits, Models models,
      Consumer<String> problems) throws IOException {
    List<CorpusWalker.Entry> entries = CorpusWalker.walk(paths);
    try (DocumentParser parser = DocumentParsers.create(limits);
        ProgressReporter progress = new ProgressReporter("ingest", entries.size())) {
      ArticleReader reader = new ArticleReader(parser, new MetadataExtractor(models.gazetteer()));
      IngestRunner runner = new IngestRunner(
          reader, Pipelines.standard(models), sink, limits.parseWorkers(), problems);
      return runner.run(entries, progress::step);
    }
  }

  /** 0 when every file was ingested or unchanged, 2 when some failed, 1 when nothing was usable. */
  static int exitCode(IngestSummary summary) {
    if (summary.seen() == 0 || summary.ingested() + summary.unchanged() == 0) {
      return ExitCodes.FATAL;
    }
    return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }
}
