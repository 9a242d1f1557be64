package org.canbo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code canbo} command line: one subcommand per job; only {@link #main} exits. */
@Command(
    name = "canbo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vietnamese party news and resolutions as searchable, citable data.",
    subcommands = {
      CommandLine.HelpCommand.class, SegmentCommand.class, EvalSegmenterCommand.class
    })
public final class CanboCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with Vietnamese-safe output and our exit-code mapping. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CanboCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
