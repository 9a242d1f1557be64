package org.canbo.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.canbo.dataset.DatasetFormat;
import org.canbo.model.UserInputException;

/** The {@code --format} of the corpus-statistics commands: a table for people, or data. */
enum OutputFormat {
  TEXT,
  JSON,
  CSV,
  JSONL;

  /** Reads one of {@code allowed} by name, ignoring case; the error names the allowed ones. */
  static OutputFormat parse(String text, OutputFormat... allowed) {
    List<OutputFormat> ok = Arrays.asList(allowed);
    for (OutputFormat f : ok) {
      if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return f;
      }
    }
    throw new UserInputException("unknown format '" + text + "': use "
        + ok.stream().map(OutputFormat::toString).collect(Collectors.joining(", ")));
  }

  /** The dataset format of a row stream (CSV or JSONL). */
  DatasetFormat rows() {
    return this == CSV ? DatasetFormat.CSV : DatasetFormat.JSONL;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
