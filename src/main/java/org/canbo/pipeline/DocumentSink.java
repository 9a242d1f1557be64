package org.canbo.pipeline;

import java.io.IOException;
import org.canbo.model.Document;

/**
 * Where processed documents go (the Lucene index, a dataset file). Sinks are not stages: they
 * consume documents and make them durable on {@link #commit()}. Implementations are thread-safe.
 */
public interface DocumentSink extends AutoCloseable {
  /** True when a document with this id and content hash is already stored and current. */
  boolean isUnchanged(String id, String sha256) throws IOException;

  /** Adds or replaces the document with the same id. */
  void accept(Document document) throws IOException;

  /** Makes everything accepted so far durable and visible, atomically. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
