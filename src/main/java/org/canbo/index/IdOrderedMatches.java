package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matching documents of a search in id order, produced lazily so a caller that needs only
 * the first few (a concordance page) stops early. Few matches are sorted by their stored ids
 * ({@link DocOrder}); many are found by walking the id terms, which are already sorted, and
 * keeping the documents that matched: walking costs about {@code needed × maxDoc / matches}
 * term steps, reading stored ids one block decompression per match.
 */
final class IdOrderedMatches {
  /** Relative cost of reading one stored id versus stepping one id term: measured ~30×. */
  private static final int STORED_READ_COST = 30;

  private final DirectoryReader reader;
  private final FixedBitSet matches;
  private final int count;

  IdOrderedMatches(DirectoryReader reader, FacetsCollector hits) throws IOException {
    this.reader = reader;
    this.matches = new FixedBitSet(Math.max(1, reader.maxDoc()));
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it == null ? DocIdSetIterator.NO_MORE_DOCS : it.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        matches.set(m.context.docBase + doc);
      }
    }
    this.count = matches.cardinality();
  }

  /** How many documents matched. */
  int count() {
    return count;
  }

  /** Global doc numbers, by id; {@code expected} is how many the caller will probably take. */
  DocIterator iterator(int expected) throws IOException {
    long walk = (long) Math.max(1, expected) * reader.maxDoc() / Math.max(1, count);
    Terms ids = MultiTerms.getTerms(reader, IndexSchema.ID);
    return ids == null || (long) count * STORED_READ_COST <= walk ? byStoredIds() : byIdTerms();
  }

  /** Global doc numbers in id order; {@link #next} is {@link DocIdSetIterator#NO_MORE_DOCS} at the end. */
  interface DocIterator {
    int next() throws IOException;
  }

  /** Sorts the matches by their stored ids: for few matches. */
  DocIterator byStoredIds() throws IOException {
    List<Integer> docs = new ArrayList<>(count);
    for (int d = count == 0 ? DocIdSetIterator.NO_MORE_DOCS : matches.nextSetBit(0);
        d != DocIdSetIterator.NO_MORE_DOCS;
        d = d + 1 < matches.length() ? matches.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      docs.add(d);
    }
    int[] sorted = DocOrder.byId(reader.storedFields(), docs);
    return new DocIterator() {
      private int i;

      @Override
      public int next() {
        return i < sorted.length ? sorted[i++] : DocIdSetIterator.NO_MORE_DOCS;
      }
    };
  }

  /** Walks the id terms, already sorted: for many matches, of which the caller takes a few. */
  DocIterator byIdTerms() throws IOException {
    Terms ids = MultiTerms.getTerms(reader, IndexSchema.ID);
    return ids == null ? byStoredIds() : new TermWalk(ids.iterator());
  }

  /** Steps through the id terms (sorted) and yields the docs of each that matched. */
  private final class TermWalk implements DocIterator {
    private final TermsEnum terms;
    private PostingsEnum postings;
    private int returned;

    TermWalk(TermsEnum terms) {
      this.terms = terms;
    }

    @Override
    public int next() throws IOException {
      while (returned < count) {
        if (postings != null) {
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (matches.get(d)) {
              returned++;
              return d;
            }
          }
        }
        if (terms.next() == null) {
          break;
        }
        postings = terms.postings(postings, PostingsEnum.NONE);
      }
      return DocIdSetIterator.NO_MORE_DOCS;
    }
  }

}
