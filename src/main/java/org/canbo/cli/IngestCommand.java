package org.canbo.cli;

import java.nio.file.Path;
import java.util.List;
import org.canbo.config.Models;
import org.canbo.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code canbo ingest}: reads files and directories into the index, idempotently. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest TXT, HTML, PDF, DOCX, DOC, ODT and RTF files (directories recursively) into the index;",
      "web archives (.warc, .warc.gz) give one article per HTML page captured with status 200.",
      "Unchanged files are skipped, changed ones replaced. Each bad file gets one line "
          + "'path: reason' on stderr; the index is committed once, atomically, at the end.",
      "Exit status: 0 all ingested (or unchanged, duplicates, skipped links), 2 some files "
          + "failed, 1 nothing usable or the index could not be written."
    })
final class IngestCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin IngestOptions options;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    requireInputs(paths);
    Models models = options.models();
    IngestSummary summary = IngestJob.run(
        paths, index.index, options.limits(), options.policy(), models, errStream());
    out().println(summary.describe());
    return IngestJob.exitCode(summary);
  }
}
