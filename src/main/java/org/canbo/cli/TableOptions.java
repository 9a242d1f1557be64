package org.canbo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --format text|json|csv} and {@code --out FILE} of the corpus-statistics tables. */
final class TableOptions {
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default), json (one object, see above) or csv (the rows).")
  String format = "text";

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (complete or not at all) instead of stdout.")
  Path out;

  /** Writes the result as text, one JSON object, or its rows as CSV with {@code columns}. */
  void write(OutputStream stdout, Object result, Supplier<String> text, List<String> columns,
      List<?> rows) throws IOException {
    OutputFormat f =
        OutputFormat.parse(format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
    switch (f) {
      case CSV -> TableOutput.rows(out, stdout, f, columns, stream -> {
        for (Object row : rows) {
          stream.write(row);
        }
      });
      case JSON -> TableOutput.text(out, stdout, CanboSubcommand.json(result) + "\n");
      default -> TableOutput.text(out, stdout, text.get());
    }
  }
}
