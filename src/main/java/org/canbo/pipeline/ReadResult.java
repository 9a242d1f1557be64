package org.canbo.pipeline;

import org.canbo.ingest.ParseOutcome;
import org.canbo.model.Document;

/** A file turned into a clean {@link Document}, or the failure that stopped it. */
public sealed interface ReadResult {
  record Read(Document document) implements ReadResult {}

  record Failed(ParseOutcome.Failure failure) implements ReadResult {}
}
