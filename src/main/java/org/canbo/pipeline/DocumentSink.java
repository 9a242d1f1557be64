package org.canbo.pipeline;

import java.io.IOException;
import java.util.Optional;
import org.canbo.model.Document;

/**
 * Where processed documents go (the Lucene index, a dataset file). Sinks are not stages: they
 * consume documents and make them durable on {@link #commit()}. Implementations are thread-safe.
 *
 * <p>An {@link IOException} from {@link #accept} or {@link #commit} means the sink itself cannot
 * be written (disk full, index closed): the batch stops there, unlike a bad input file.
 */
public interface DocumentSink extends AutoCloseable {
  /** True when a document with this id and content hash is already stored and current. */
  boolean isUnchanged(String id, String sha256) throws IOException;

  /** True when a document with this id is stored, whatever its content. */
  default boolean contains(String id) throws IOException {
    return false;
  }

  /** The id of a stored document with this content hash, if any (the smallest when several). */
  default Optional<String> idWithContent(String sha256) throws IOException {
    return Optional.empty();
  }

  /** Adds or replaces the document with the same id. */
  void accept(Document document) throws IOException;

  /** Makes everything accepted so far durable and visible, atomically. */
  void commit() throws IOException;

  /** What this sink writes, for the message when writing fails ("index", "dataset"). */
  default String description() {
    return "output";
  }

  @Override
  void close() throws IOException;
}
