package org.canbo.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long batches, shown only when stderr is a terminal (never in pipes
 * or CI logs, where it would be noise).
 */
final class ProgressReporter implements AutoCloseable {
  private final ProgressBar bar;

  ProgressReporter(String task, int total) {
    boolean terminal = stderrIsTerminal() && total > 20;
    this.bar = terminal
        ? new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .build()
        : null;
  }

  /**
   * Java cannot ask whether stderr alone is a terminal: the launcher tells us ({@code [ -t 2 ]});
   * without it we fall back to the console check, which needs stdin and stdout to be terminals.
   */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty("canbo.stderr.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
