package org.canbo.cli;

import org.canbo.text.Printable;

import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.RowFilter;
import org.canbo.index.CorpusSearcher;
import org.canbo.review.ReviewedRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code canbo export}: a dataset from the index, filtered, as JSONL or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the figures or articles dataset from the index (sorted by document id).",
      "--where filters rows: COLUMN OP VALUE joined by 'and', OP one of = != > >= < <= ~ "
          + "(~ = contains), e.g. --where \"category=discipline and value>=10\".",
      "Reviews of the index are applied: corrected values, added rows, rejected rows left out "
          + "(--include-rejected keeps them); figures, officials and documents end with status "
          + "and reviewer.",
      "Exit status: 0 written, 1 bad option or no index."
    })
final class ExportCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin DatasetOptions options;
  @Mixin ReviewOptions reviews;

  @Option(names = "--where", paramLabel = "EXPR", description = "Row filter, see above.")
  String where;

  @Override
  public Integer call() throws Exception {
    RowFilter filter;
    try {
      filter = RowFilter.parse(where, options.dataset())
          .minConfidence(options.minConfidence, options.dataset());
      filter = reviews.filter(filter, options.dataset());
    } catch (IllegalArgumentException e) {
      err().println("canbo export: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, VietnameseSegmenter.load());
        AtomicOutput output = AtomicOutput.open(options.out, stdout())) {
      DatasetWriter writer = new DatasetWriter(options.dataset(), options.format(),
          output.stream(), options.excel, filter);
      ReviewedRows reviewed = reviews.rows(index.index, err());
      searcher.forEachDocument(d -> reviewed.write(writer, d));
      writer.close();
      output.complete();
      if (options.out != null) {
        err().println(Printable.escape(writer.rows() + " rows written to " + options.out));
      }
    }
    return ExitCodes.OK;
  }
}
