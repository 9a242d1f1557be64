package org.canbo.cli;

import org.canbo.text.Printable;

import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.RowFilter;
import org.canbo.index.CorpusSearcher;
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
      "Exit status: 0 written, 1 bad option or no index."
    })
final class ExportCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin DatasetOptions options;

  @Option(names = "--where", paramLabel = "EXPR", description = "Row filter, see above.")
  String where;

  @Option(names = "--dedupe", description = "Count each story once: keep only the rows of the "
      + "first article of each cluster of syndicated copies (rows whose dup_of is empty).")
  boolean dedupe;

  @Override
  public Integer call() throws Exception {
    RowFilter filter;
    try {
      filter = RowFilter.parse(where, options.dataset())
          .minConfidence(options.minConfidence, options.dataset());
    } catch (IllegalArgumentException e) {
      err().println("canbo export: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, VietnameseSegmenter.load());
        AtomicOutput output = AtomicOutput.open(options.out, stdout())) {
      DatasetWriter writer = new DatasetWriter(options.dataset(), options.format(),
          output.stream(), options.excel, filter);
      searcher.forEachDocument(d -> {
        if (!dedupe || d.copies().dupOf(d.id()) == null) {
          writer.write(d);
        }
      });
      writer.close();
      output.complete();
      if (options.out != null) {
        err().println(Printable.escape(writer.rows() + " rows written to " + options.out));
      }
    }
    return ExitCodes.OK;
  }
}
