package org.canbo.index.copies;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The signature terms of the documents of one reader: from their doc values ({@link
 * CopyFields#SIGNATURE_VALUES}) or, for a document an older version wrote, from its stored field
 * ({@link CopyFields#SIGNATURE_STORED}), which merged segments keep for their old documents. Only
 * the number of terms is kept per document (grouping asks it of every candidate): keeping every
 * document's terms held ~18 KB an article, 1.8 GB for a first ingest of 100,000, and ran the
 * 100,000-article bench out of a 2 GB heap. Single-threaded.
 */
final class Signatures {
  private final IndexReader reader;
  private final List<LeafReaderContext> leaves;
  /** Per segment, the doc values last read (they only move forward), or null. */
  private final BinaryDocValues[] values;
  private final Map<Integer, Integer> sizes = new HashMap<>();

  Signatures(IndexReader reader) {
    this.reader = reader;
    this.leaves = reader.leaves();
    this.values = new BinaryDocValues[leaves.size()];
  }

  /** The terms of document {@code doc} (reader-wide number); empty when it has none. */
  Set<String> of(int doc) throws IOException {
    BytesRef bytes = valuesOf(doc);
    return bytes != null ? SignatureCodec.decode(bytes) : stored(doc);
  }

  /** The number of terms of document {@code doc}, read once. */
  int size(int doc) throws IOException {
    Integer size = sizes.get(doc);
    if (size == null) {
      BytesRef bytes = valuesOf(doc);
      size = bytes != null ? bytes.length / SignatureCodec.HASH_BYTES : stored(doc).size();
      sizes.put(doc, size);
    }
    return size;
  }

  /**
   * A key equal for equal signatures, 32 bytes instead of the terms: the SHA-256 of the sorted
   * terms.
   */
  static ByteBuffer key(Set<String> terms) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String term : new TreeSet<>(terms)) {
        sha.update(term.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ' ');
      }
      return ByteBuffer.wrap(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The doc values of {@code doc}, or null when it has none (an older version's document). */
  private BytesRef valuesOf(int doc) throws IOException {
    int leaf = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext context = leaves.get(leaf);
    int local = doc - context.docBase;
    BinaryDocValues current = values[leaf];
    if (current == null || current.docID() >= local) {
      current = context.reader().getBinaryDocValues(CopyFields.SIGNATURE_VALUES);
      values[leaf] = current;
    }
    return current != null && current.advanceExact(local) ? current.binaryValue() : null;
  }

  private Set<String> stored(int doc) throws IOException {
    return CopyFields.terms(
        reader.storedFields().document(doc, Set.of(CopyFields.SIGNATURE_STORED)));
  }
}
