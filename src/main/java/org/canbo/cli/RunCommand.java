package org.canbo.cli;

import java.nio.file.Path;
import java.util.List;
import org.canbo.index.ArticleRow;
import org.canbo.index.CorpusSearcher;
import org.canbo.config.Models;
import org.canbo.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code canbo run}: the main job on a corpus — ingest into the index, then summarise. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: ingest the corpus (default: corpus/) into the index (default: index/) and "
          + "print the ingest summary and a table of the indexed articles.",
      "Exit status: 0 all ingested, 2 some files failed, 1 nothing usable."
    })
final class RunCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin IngestOptions options;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus files or directories. "
      + "Default: corpus")
  List<Path> paths = List.of(Path.of("corpus"));

  @Override
  public Integer call() throws Exception {
    Models models = Models.load();
    IngestSummary summary = IngestJob.run(paths, index.index, options.limits(), models, errStream());
    out().println(summary.describe());
    out().println();
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, models.segmenter())) {
      List<ArticleRow> rows = searcher.articles();
      out().println(ArticleTable.format(rows));
    }
    return IngestJob.exitCode(summary);
  }
}
