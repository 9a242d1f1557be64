package org.canbo.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/**
 * One value derived from a reader (its merged field infos, say), computed once for the newest
 * reader asked about and recomputed when a commit brings another. Thread-safe.
 */
final class ReaderMemo<T> {
  /** Derives the value from a reader. */
  @FunctionalInterface
  interface Derive<T> {
    T from(IndexReader reader) throws IOException;
  }

  private final Derive<T> derive;
  private IndexReader.CacheKey key; // guarded by this
  private T value; // guarded by this

  ReaderMemo(Derive<T> derive) {
    this.derive = derive;
  }

  /** The value for {@code reader}; derived anew, not kept, for a reader without a cache key. */
  synchronized T get(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return derive.from(reader);
    }
    if (helper.getKey() != key) {
      value = derive.from(reader);
      key = helper.getKey();
    }
    return value;
  }
}
