package org.canbo.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.canbo.model.FailureReason;

/** Maps what a parser threw (Tika wraps the real cause, often twice) to a one-line failure. */
final class Failures {
  private Failures() {}

  static ParseOutcome.Failure of(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof EncryptedDocumentException
          || c.getClass().getSimpleName().equals("InvalidPasswordException")) {
        return new ParseOutcome.Failure(FailureReason.ENCRYPTED, oneLine(c));
      }
      if (c instanceof UnsupportedFormatException) {
        return new ParseOutcome.Failure(FailureReason.UNSUPPORTED, oneLine(c));
      }
      if (c instanceof ZeroByteFileException) {
        return new ParseOutcome.Failure(FailureReason.EMPTY, null);
      }
      if (c instanceof OutOfMemoryError) {
        return new ParseOutcome.Failure(FailureReason.OUT_OF_MEMORY, oneLine(c));
      }
    }
    if (t instanceof Error && !(t instanceof StackOverflowError)) {
      return new ParseOutcome.Failure(FailureReason.INTERNAL, oneLine(t));
    }
    // Malformed input shows up as IOException, SAXException, TikaException or a parser's
    // RuntimeException; the root cause names the actual problem.
    return new ParseOutcome.Failure(FailureReason.CORRUPT, oneLine(rootCause(t)));
  }

  static Throwable rootCause(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** Exception class and the first line of its message, never a stack trace. */
  static String oneLine(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse("");
    if (first.length() > 200) {
      first = first.substring(0, 200) + "…";
    }
    return t.getClass().getSimpleName() + ": " + first;
  }
}
