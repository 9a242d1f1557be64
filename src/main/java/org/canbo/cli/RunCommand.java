package org.canbo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canbo.index.ArticleRow;
import org.canbo.index.CorpusSearcher;
import org.canbo.config.Models;
import org.canbo.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.DatasetFormat;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.RowFilter;
import org.canbo.review.ReviewStore;
import org.canbo.review.ReviewedRows;

/** {@code canbo run}: the main job on a corpus — ingest into the index, then summarise. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: ingest the corpus (default: corpus/) into the index (default: index/), "
          + "print the ingest summary and a table of the indexed articles, write out/figures.csv, "
          + "out/articles.csv, out/officials.csv and out/documents.csv (reviews of the index applied, "
          + "rejected rows left out; --excel: with a byte-order mark for Excel), and print the "
          + "figures per category.",
      "Exit status: 0 all ingested, 2 some files failed, 1 nothing usable."
    })
final class RunCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin IngestOptions options;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus files or directories. "
      + "Default: corpus")
  List<Path> paths = List.of(Path.of("corpus"));

  @Option(names = "--out-dir", paramLabel = "DIR",
      description = "Where figures.csv and articles.csv go. Default: ${DEFAULT-VALUE}.")
  Path outDir = Path.of("out");

  @Option(names = "--excel", description = "Start each CSV with a UTF-8 byte-order mark so Excel "
      + "shows Vietnamese correctly (pandas, R and Stata read it either way).")
  boolean excel;

  @Override
  public Integer call() throws Exception {
    requireInputs(paths);
    Models models = options.models();
    IngestSummary summary = IngestJob.run(
        paths, index.index, options.limits(), options.policy(), models, errStream());
    out().println(summary.describe());
    if (summary.writeFailure() != null) {
      return IngestJob.exitCode(summary); // the datasets would only repeat the previous commit
    }
    out().println();
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, models.segmenter())) {
      List<ArticleRow> rows = searcher.articles();
      out().println(ArticleTable.format(rows));
      ReviewedRows reviewed = new ReviewedRows(new ReviewStore(index.index).reviews(), false);
      FigureSummary figures = new FigureSummary();
      export(searcher, reviewed, Dataset.FIGURES, figures);
      export(searcher, reviewed, Dataset.ARTICLES, null);
      export(searcher, reviewed, Dataset.OFFICIALS, null);
      export(searcher, reviewed, Dataset.DOCUMENTS, null);
      out().println();
      out().println("figures per category:");
      out().print(figures.format());
      out().println("datasets: " + Stream.of(Dataset.FIGURES, Dataset.ARTICLES, Dataset.OFFICIALS,
          Dataset.DOCUMENTS).map(d -> outDir.resolve(d + ".csv").toString())
          .collect(Collectors.joining(", ")));
    }
    return IngestJob.exitCode(summary);
  }

  /** Writes one dataset as CSV into the output directory, atomically. */
  private void export(CorpusSearcher searcher, ReviewedRows reviewed, Dataset dataset,
      FigureSummary summary)
      throws java.io.IOException {
    try (AtomicOutput output = AtomicOutput.open(outDir.resolve(dataset + ".csv"), stdout())) {
      DatasetWriter writer = new DatasetWriter(
          dataset, DatasetFormat.CSV, output.stream(), excel, RowFilter.all());
      searcher.forEachDocument(d -> {
        reviewed.write(writer, d);
        if (summary != null) {
          summary.add(reviewed.apply(d).document());
        }
      });
      writer.close();
      output.complete();
    }
  }
}
