package org.canbo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.canbo.dataset.RowStream;

/**
 * Writes a command's output to {@code --out FILE} (complete or not at all, see
 * {@link AtomicOutput}) or to stdout: printed text, or rows streamed as CSV or JSONL.
 */
final class TableOutput {
  /** Writes rows to a {@link RowStream}. */
  @FunctionalInterface
  interface Rows {
    void writeTo(RowStream rows) throws IOException;
  }

  private TableOutput() {}

  static void text(Path file, OutputStream stdout, String text) throws IOException {
    try (AtomicOutput output = AtomicOutput.open(file, stdout)) {
      output.stream().write(text.getBytes(StandardCharsets.UTF_8));
      output.complete();
    }
  }

  /** Streams the rows; returns how many were written. */
  static long rows(Path file, OutputStream stdout, OutputFormat format, List<String> columns,
      Rows rows) throws IOException {
    try (AtomicOutput output = AtomicOutput.open(file, stdout)) {
      RowStream stream = new RowStream(columns, format.rows(), output.stream(), false);
      rows.writeTo(stream);
      stream.close();
      output.complete();
      return stream.rows();
    }
  }
}
