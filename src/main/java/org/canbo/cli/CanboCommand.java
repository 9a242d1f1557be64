package org.canbo.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code canbo} command line: one subcommand per job; only {@link #main} exits. */
@Command(
    name = "canbo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vietnamese party news and resolutions as searchable, citable data.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      KwicCommand.class,
      TrendCommand.class,
      FreqCommand.class,
      CollocatesCommand.class,
      ServeCommand.class,
      ExtractCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      SegmentCommand.class,
      EvalSegmenterCommand.class,
      TrainNerCommand.class,
      TrainFiguresCommand.class,
      BenchCommand.class,
      BenchStagesCommand.class,
      BenchSearchCommand.class,
      CleanCommand.class,
      BenchCleanCommand.class,
      BenchCopiesCommand.class,
      BenchWarcCommand.class,
      BenchLegacyCommand.class,
      BenchOcrCommand.class,
      BenchServeCommand.class,
      ReviewsCommand.class,
      SolrCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CanboCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  /** Raw stdout for byte-oriented output (datasets); text goes through the command's writers. */
  OutputStream stdout = System.out;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with Vietnamese-safe output and our exit-code mapping. */
  public static CommandLine commandLine() {
    return commandLine(System.out, System.err);
  }

  /** Builds the command line writing UTF-8 to the given streams, whatever the platform locale. */
  public static CommandLine commandLine(OutputStream out, OutputStream err) {
    CanboCommand root = new CanboCommand();
    root.stdout = out;
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    JavaLogging.routeToSlf4j();
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }
}
