package org.canbo.cli;

import java.nio.file.NoSuchFileException;
import org.canbo.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an unexpected exception into one readable line on stderr and exit code 1; a missing file
 * reads "no such file or directory: PATH" whichever command met it.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String message = ex instanceof NoSuchFileException missing
        ? "no such file or directory: " + missing.getFile()
        : ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    // Messages often carry a path ("NoSuchFileException: corpus/a\nb"): one line, escaped.
    commandLine.getErr().println(
        Printable.escape("canbo " + commandLine.getCommandName() + ": " + message));
    LOG.debug("command failed", ex);
    return ExitCodes.FATAL;
  }
}
