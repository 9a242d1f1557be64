package org.canbo.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every subcommand: output goes through picocli's writers (so tests can capture it), and
 * problem lines from worker threads are written whole, one per line.
 */
abstract class CanboSubcommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Raw stdout for datasets, after flushing what was printed through {@link #out()}. */
  OutputStream stdout() {
    out().flush();
    return ((CanboCommand) spec.root().userObject()).stdout;
  }

  /** A thread-safe sink for {@code path: reason} lines on stderr. */
  Consumer<String> errStream() {
    PrintWriter w = err();
    return line -> {
      synchronized (w) {
        w.println(line);
        w.flush();
      }
    };
  }
}
