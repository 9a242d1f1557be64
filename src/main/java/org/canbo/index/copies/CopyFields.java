package org.canbo.index.copies;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.canbo.model.Copies;
import org.canbo.model.Document;

/**
 * The index fields of syndicated copies: the MinHash terms (searchable, to find an article's
 * copies), the same terms again as doc values (to search from an article already indexed), and
 * the cluster id and size as doc values, which the index updates in place when a copy joins or
 * leaves a cluster (no re-analysis of the article).
 */
public final class CopyFields {
  /** MinHash signature terms, indexed, not stored. */
  public static final String SIGNATURE = "copy_signature";
  /**
   * The signature terms again, as binary doc values ({@link SignatureCodec}), so grouping never
   * re-analyses. Not stored: every search hit decompresses the whole stored document, and at
   * 5.9 KB the terms were a fifth of it, read by nothing but grouping.
   */
  public static final String SIGNATURE_VALUES = "copy_signature_values";
  /**
   * The signature terms joined by spaces, a stored field: how indexes written before {@link
   * #SIGNATURE_VALUES} kept them (still read there, see {@link Signatures}), and the Solr schema's.
   */
  public static final String SIGNATURE_STORED = "copy_signature_terms";
  /** The cluster's id (its earliest article), binary doc values. */
  public static final String CLUSTER = "cluster";
  /** Articles in the cluster, numeric doc values. */
  public static final String DUPLICATES = "duplicates";

  /**
   * {@link StringField}'s type, tokenized so that one field instance carries all the terms: the
   * same postings (docs only, no norms) as one StringField per term, without Lucene's per-field
   * work done 256 times an article.
   */
  private static final FieldType SIGNATURE_TYPE = signatureType();

  private CopyFields() {}

  private static FieldType signatureType() {
    FieldType type = new FieldType(StringField.TYPE_NOT_STORED);
    type.setTokenized(true);
    type.freeze();
    return type;
  }

  /** The signature terms as tokens, one position each. */
  private static final class TermsStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Iterator<String> source;

    TermsStream(Set<String> terms) {
      this.source = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
      if (!source.hasNext()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(source.next());
      return true;
    }
  }

  /**
   * Adds the signature {@code terms} ({@link CopySignature#terms}) and the document's cluster
   * (itself alone until the index groups it).
   */
  public static void add(org.apache.lucene.document.Document out, Document doc,
      Set<String> terms) {
    if (!terms.isEmpty()) {
      out.add(new Field(SIGNATURE, new TermsStream(terms), SIGNATURE_TYPE));
    }
    // Always present, empty or not: a document without it was written by an older version.
    out.add(new BinaryDocValuesField(SIGNATURE_VALUES, SignatureCodec.encode(terms)));
    Copies copies = doc.copies().cluster() == null ? new Copies(doc.id(), 1) : doc.copies();
    values(copies).forEach(out::add);
  }

  /** The signature terms stored in a Lucene document by an older version (empty when none). */
  public static Set<String> terms(org.apache.lucene.document.Document stored) {
    String joined = stored.get(SIGNATURE_STORED);
    return joined == null || joined.isEmpty() ? Set.of() : Set.of(joined.split(" "));
  }

  /** The doc-value fields holding {@code copies}, for adding or updating. */
  public static List<Field> values(Copies copies) {
    return List.of(new BinaryDocValuesField(CLUSTER, new BytesRef(copies.cluster())),
        new NumericDocValuesField(DUPLICATES, copies.duplicates()));
  }

  /** The copies of document number {@code doc} of {@code reader}; NONE when not grouped. */
  public static Copies read(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    BinaryDocValues cluster = leaf.reader().getBinaryDocValues(CLUSTER);
    NumericDocValues size = leaf.reader().getNumericDocValues(DUPLICATES);
    if (cluster == null || size == null || !cluster.advanceExact(local)
        || !size.advanceExact(local)) {
      return Copies.NONE;
    }
    return new Copies(cluster.binaryValue().utf8ToString(), (int) size.longValue());
  }
}
