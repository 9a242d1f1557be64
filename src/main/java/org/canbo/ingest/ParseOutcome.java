package org.canbo.ingest;

import org.canbo.model.FailureReason;

/** The result of parsing one file: text, or a failure with a reason and a one-line detail. */
public sealed interface ParseOutcome {
  record Success(ParsedText parsed) implements ParseOutcome {}

  record Failure(FailureReason reason, String detail) implements ParseOutcome {
    /** The text printed after {@code path: }. */
    public String message() {
      return detail == null || detail.isBlank()
          ? reason.description()
          : reason.description() + " (" + detail + ")";
    }
  }
}
