package org.canbo.cli;

import java.nio.file.Path;
import java.util.List;
import org.canbo.config.Models;
import org.canbo.dataset.DatasetSink;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.RowFilter;
import org.canbo.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import org.canbo.model.UserInputException;

/** {@code canbo extract}: datasets straight from files, no index needed. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Read files and directories and write the figures or articles dataset (JSONL or CSV), "
          + "sorted by document id. No index is needed or touched.",
      "Exit status: 0 all files read, 2 some failed (reported on stderr), 1 nothing usable."
    })
final class ExtractCommand extends CanboSubcommand {
  @Mixin DatasetOptions options;
  @Mixin IngestOptions limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    requireInputs(paths);
    RowFilter filter;
    try {
      options.format();
      filter = RowFilter.all().minConfidence(options.minConfidence, options.dataset());
    } catch (UserInputException e) {
      err().println(org.canbo.text.Printable.escape("canbo extract: " + e.getMessage()));
      return ExitCodes.FATAL;
    }
    Models models = limits.models();
    IngestSummary summary;
    try (AtomicOutput output = AtomicOutput.open(options.out, stdout())) {
      DatasetWriter writer = new DatasetWriter(options.dataset(), options.format(),
          output.stream(), options.excel, filter);
      try (DatasetSink sink = new DatasetSink(writer)) {
        summary = IngestJob.run(paths, sink, limits.limits(), limits.policy(), models, errStream());
      }
      output.complete();
    }
    return IngestJob.exitCode(summary);
  }
}
