package org.canbo.pipeline;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.canbo.model.Document;
import org.canbo.model.IngestStatus;
import org.canbo.text.Printable;

/**
 * The report lines of a batch and the counts that go with them: one {@code path: message} line per
 * failed, skipped, duplicate, flagged or truncated file, escaped whole, since file names and
 * messages are untrusted and must not forge or hide lines. Thread-safe when the consumer is.
 */
final class ProblemReport {
  private final Consumer<String> lines;
  private final IngestCounters counters;

  ProblemReport(Consumer<String> lines, IngestCounters counters) {
    this.lines = lines;
    this.counters = counters;
  }

  /** One line {@code path: message}. */
  void line(Path file, String message) {
    line(file.toString(), message);
  }

  /** One line {@code where: message}; {@code where} names a file or a record in an archive. */
  void line(String where, String message) {
    lines.accept(Printable.escape(where + ": " + message));
  }

  /** One line without a path (the batch as a whole). */
  void line(String message) {
    lines.accept(Printable.escape(message));
  }

  void failed(Path file, String message) {
    failed(file.toString(), message);
  }

  void failed(String where, String message) {
    counters.failed.incrementAndGet();
    line(where, message);
  }

  /** The notes on a document that was stored: language, quality flags, truncation. */
  void stored(Path file, Document document) {
    stored(file.toString(), document);
  }

  void stored(String file, Document document) {
    String language = document.annotations().language();
    if (language != null && !"vie".equals(language)) {
      line(file, "language '" + language + "' is not Vietnamese; indexed without Vietnamese "
          + "extraction");
    }
    if (document.source() != null && !document.source().flags().isEmpty()) {
      counters.flagged.incrementAndGet();
      document.source().flags().forEach(flag -> line(file, "flagged: " + flag));
    }
    if (document.status() == IngestStatus.TRUNCATED) {
      counters.truncated.incrementAndGet();
      line(file, "truncated at " + document.text().length()
          + " characters (raise --max-chars to keep all)");
    }
  }
}
