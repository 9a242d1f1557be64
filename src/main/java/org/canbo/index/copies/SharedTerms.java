package org.canbo.index.copies;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The live documents sharing at least n of a signature's terms, and how many each shares: what a
 * disjunction of constant-score term queries with that minimum-should-match finds and scores,
 * counted from the postings directly. Grouping asks this once per article; the query built a
 * scorer tree of a few hundred clauses each time and opened a fresh terms dictionary cursor per
 * term and segment, which made grouping cost more than indexing on articles that have no copies.
 * One cursor per segment serves every lookup here. Single-threaded, over one reader.
 */
final class SharedTerms {
  private final List<LeafReaderContext> leaves;
  private final TermsEnum[] cursors;
  private PostingsEnum postings;
  /** Shared terms per document of the reader, zero between calls. */
  private final int[] counts;
  private int[] touched = new int[64];

  SharedTerms(IndexReader reader, String field) throws IOException {
    this.leaves = reader.leaves();
    this.cursors = new TermsEnum[leaves.size()];
    for (int i = 0; i < cursors.length; i++) {
      Terms terms = leaves.get(i).reader().terms(field);
      cursors[i] = terms == null ? null : terms.iterator();
    }
    this.counts = new int[reader.maxDoc()];
  }

  /** A document (reader-wide number) and the number of signature terms it shares. */
  record Match(int doc, int shared) {}

  /** The live documents holding at least {@code min} of {@code terms}, in document order. */
  List<Match> atLeast(Set<String> terms, int min) throws IOException {
    BytesRef[] sorted = new BytesRef[terms.size()];
    int t = 0;
    for (String term : terms) {
      sorted[t++] = new BytesRef(term);
    }
    Arrays.sort(sorted); // neighbouring lookups in the dictionary walk less of it
    int n = 0;
    for (int i = 0; i < leaves.size(); i++) {
      if (cursors[i] != null) {
        n = count(leaves.get(i), cursors[i], sorted, n);
      }
    }
    int[] docs = Arrays.copyOf(touched, n);
    Arrays.sort(docs);
    List<Match> matches = new ArrayList<>();
    for (int doc : docs) {
      if (counts[doc] >= min) {
        matches.add(new Match(doc, counts[doc]));
      }
      counts[doc] = 0;
    }
    return matches;
  }

  /** Adds one segment's postings of {@code terms} to the counts; {@code n} documents so far. */
  private int count(LeafReaderContext leaf, TermsEnum cursor, BytesRef[] terms, int n)
      throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    for (BytesRef term : terms) {
      if (!cursor.seekExact(term)) {
        continue;
      }
      postings = cursor.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        int doc = leaf.docBase + d;
        if (counts[doc]++ == 0) {
          if (n == touched.length) {
            touched = Arrays.copyOf(touched, n * 2);
          }
          touched[n++] = doc;
        }
      }
    }
    return n;
  }
}
