package org.canbo.cli;

import picocli.CommandLine.Command;

/** {@code canbo solr}: the SolrCloud commands. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "SolrCloud: set up a collection with canbo's schema and analysis.",
    subcommands = {SolrInitCommand.class})
final class SolrCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: init");
  }
}
