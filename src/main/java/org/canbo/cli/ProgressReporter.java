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
    boolean terminal = System.console() != null && total > 20;
    this.bar = terminal
        ? new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .build()
        : null;
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
