package org.canbo.ingest;

import org.canbo.model.FailureReason;

/** The JSON lines exchanged with a parse worker: a path in, an outcome out. */
final class WorkerMessages {
  /**
   * Starts every protocol line. The JVM itself writes to stdout natively (e.g. "Terminating due
   * to java.lang.OutOfMemoryError"), which no System.setOut can catch; such lines are skipped.
   */
  static final String PREFIX = "@canbo@ ";
  /** First line a worker prints once Tika is loaded, so startup is not charged to a document. */
  static final String READY = PREFIX + "ready";

  private WorkerMessages() {}

  /** Parse one file. */
  record Request(String path) {}

  /** Either {@code parsed} or {@code reason} (with an optional one-line detail) is set. */
  record Response(ParsedText parsed, FailureReason reason, String detail) {
    static Response of(ParseOutcome outcome) {
      if (outcome instanceof ParseOutcome.Success s) {
        return new Response(s.parsed(), null, null);
      }
      ParseOutcome.Failure f = (ParseOutcome.Failure) outcome;
      return new Response(null, f.reason(), f.detail());
    }

    ParseOutcome toOutcome() {
      if (parsed != null) {
        return new ParseOutcome.Success(parsed);
      }
      if (reason == null) {
        return new ParseOutcome.Failure(FailureReason.INTERNAL, "worker sent neither text nor reason");
      }
      return new ParseOutcome.Failure(reason, detail);
    }
  }
}
