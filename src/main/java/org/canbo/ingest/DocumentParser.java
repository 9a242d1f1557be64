package org.canbo.ingest;

import java.nio.file.Path;

/**
 * Turns one file into text. Never throws for bad input: every problem becomes a
 * {@link ParseOutcome.Failure}. Implementations are thread-safe.
 */
public interface DocumentParser extends AutoCloseable {
  ParseOutcome parse(Path file);

  @Override
  default void close() {}
}
