package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.canbo.model.UserInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A user's mistake is one line and exit 1; a bug is reported as an internal error, also exit 1. */
class ErrorHandlerTest {
  @Test
  void anUnknownDatasetIsOneLineAndExitOne() {
    CliRun run = CliRun.of("extract", "--in-process", "--dataset=cán bộ", "corpus");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err().strip())
        .isEqualTo("canbo extract: unknown dataset 'cán bộ': use figures, articles, officials,"
            + " documents or places")
        .doesNotContain("internal error");
  }

  @Test
  void aUserInputExceptionIsItsMessageAlone() {
    Handled h = handle(new UserInputException("cannot read the figure condition 'luân chuyển>>5'"));
    assertThat(h.code()).isEqualTo(ExitCodes.FATAL);
    assertThat(h.err()).isEqualTo("canbo ingest: cannot read the figure condition 'luân chuyển>>5'\n");
  }

  @Test
  void aMissingFileNamesItsPath() {
    Handled h = handle(new NoSuchFileException("corpus/bài viết.txt"));
    assertThat(h.err()).isEqualTo("canbo ingest: no such file or directory: corpus/bài viết.txt\n");
  }

  @Test
  void anIllegalArgumentFromABugIsAnInternalError() {
    Handled h = handle(new IllegalArgumentException("index 7 out of bounds for length 3"));
    assertThat(h.code()).isEqualTo(ExitCodes.FATAL);
    assertThat(h.err()).startsWith("canbo ingest: internal error: java.lang.IllegalArgumentException:"
        + " index 7 out of bounds");
  }

  private record Handled(int code, String err) {}

  private static Handled handle(Exception e) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine root = CanboCommand.commandLine(new ByteArrayOutputStream(), err);
    CommandLine ingest = root.getSubcommands().get("ingest");
    int code = new ErrorHandler().handleExecutionException(e, ingest, null);
    ingest.getErr().flush();
    return new Handled(code, err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }
}
