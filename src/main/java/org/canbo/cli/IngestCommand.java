package org.canbo.cli;

import java.nio.file.Path;
import java.util.List;
import org.canbo.config.Models;
import org.canbo.pipeline.IngestSummary;
import org.canbo.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Option(names = "--solr", paramLabel = "ZK_OR_URL",
      description = "Send the documents to this SolrCloud (ZooKeeper HOST:PORT or Solr URL) "
          + "instead of the index; needs --collection.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "SolrCloud collection made by 'canbo solr init'.")
  String collection;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
      description = "Documents per update request to Solr. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    requireInputs(paths);
    Models models = options.models();
    if ((solr == null) != (collection == null)) {
      throw new IllegalArgumentException("--solr and --collection go together");
    }
    IngestSummary summary = solr == null
        ? IngestJob.run(paths, index.index, options.limits(), options.policy(), models, errStream())
        : IngestJob.runSolr(paths, SolrTarget.parse(solr), collection, batch, options.limits(),
            options.policy(), models, errStream());
    out().println(summary.describe());
    return IngestJob.exitCode(summary);
  }
}
