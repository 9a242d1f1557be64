package org.canbo.index.copies;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * The signature terms of the documents of one reader, each read once: from their doc values
 * ({@link CopyFields#SIGNATURE_VALUES}) or, for a document an older version wrote, from its stored
 * field ({@link CopyFields#SIGNATURE_STORED}), which merged segments keep for their old documents.
 * With many copies of one story, re-reading every neighbour's terms was most of an ingest's time.
 * Single-threaded.
 */
final class Signatures {
  private final IndexReader reader;
  private final List<LeafReaderContext> leaves;
  /** Per segment, the doc values last read (they only move forward), or null. */
  private final BinaryDocValues[] values;
  private final Map<Integer, Set<String>> read = new HashMap<>();

  Signatures(IndexReader reader) {
    this.reader = reader;
    this.leaves = reader.leaves();
    this.values = new BinaryDocValues[leaves.size()];
  }

  /** The terms of document {@code doc} (reader-wide number); empty when it has none. */
  Set<String> of(int doc) throws IOException {
    Set<String> terms = read.get(doc);
    if (terms == null) {
      terms = load(doc);
      read.put(doc, terms);
    }
    return terms;
  }

  private Set<String> load(int doc) throws IOException {
    int leaf = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext context = leaves.get(leaf);
    int local = doc - context.docBase;
    BinaryDocValues current = values[leaf];
    if (current == null || current.docID() >= local) {
      current = context.reader().getBinaryDocValues(CopyFields.SIGNATURE_VALUES);
      values[leaf] = current;
    }
    if (current != null && current.advanceExact(local)) {
      return SignatureCodec.decode(current.binaryValue());
    }
    return CopyFields.terms(
        reader.storedFields().document(doc, Set.of(CopyFields.SIGNATURE_STORED)));
  }
}
