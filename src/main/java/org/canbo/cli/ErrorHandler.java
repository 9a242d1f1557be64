package org.canbo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.canbo.index.IndexUnavailableException;
import org.canbo.model.UserInputException;
import org.canbo.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Maps what a command threw to stderr and exit code 1: a user's mistake ({@link
 * UserInputException}) or a file or index that cannot be read is one readable line ("no such file
 * or directory: PATH" whichever command met it); anything else is a bug, reported as an internal
 * error with its stack trace so that it can be filed.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String prefix = "canbo " + commandLine.getCommandName() + ": ";
    if (!isUsersOrEnvironments(ex)) {
      commandLine.getErr().println(Printable.escape(prefix + "internal error: " + ex));
      commandLine.getErr().flush();
      // Only a bug gets here: its stack trace (logged to stderr) is for the bug report.
      LOG.error("internal error in canbo {}", commandLine.getCommandName(), ex);
      return ExitCodes.FATAL;
    }
    String message = ex instanceof NoSuchFileException missing
        ? "no such file or directory: " + missing.getFile()
        : ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    // Messages often carry a path ("NoSuchFileException: corpus/a\nb"): one line, escaped.
    commandLine.getErr().println(Printable.escape(prefix + message));
    LOG.debug("command failed", ex);
    return ExitCodes.FATAL;
  }

  /** A mistake in the input, or a file, disk or index problem: not a bug in canbo. */
  static boolean isUsersOrEnvironments(Throwable ex) {
    return ex instanceof UserInputException || ex instanceof IOException
        || ex instanceof UncheckedIOException || ex instanceof IndexUnavailableException;
  }
}
