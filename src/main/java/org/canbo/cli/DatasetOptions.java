package org.canbo.cli;

import java.nio.file.Path;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.DatasetFormat;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/** Options shared by extract and export: which dataset, which format, where to. */
final class DatasetOptions {
  @Option(names = "--dataset", paramLabel = "NAME",
      description = "figures, articles, officials, documents or places. Default: ${DEFAULT-VALUE}.")
  String dataset = "figures";

  @Option(names = "--format", paramLabel = "FMT",
      description = "jsonl (one JSON object per line) or csv. Default: ${DEFAULT-VALUE}.")
  String format = "jsonl";

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (atomically: a temporary file renamed when complete) "
          + "instead of stdout.")
  Path out;

  @Option(names = "--excel", description = "Start the CSV file with a UTF-8 byte-order mark so "
      + "Excel shows Vietnamese correctly (with --format csv).")
  boolean excel;

  @Option(names = "--min-confidence", paramLabel = "X",
      description = "Keep only figures, officials and documents whose confidence is at least X "
          + "(0 to 1; see the README for what it means). Default: 0, everything.")
  double minConfidence;

  Dataset dataset() {
    return Dataset.parse(dataset);
  }

  /** The format; --excel with JSONL is refused (a byte-order mark breaks JSON readers). */
  DatasetFormat format() {
    DatasetFormat f = DatasetFormat.parse(format);
    if (excel && f != DatasetFormat.CSV) {
      throw new UserInputException(
          "--excel marks a CSV file for Excel: add --format csv (JSONL stays plain UTF-8)");
    }
    return f;
  }
}
