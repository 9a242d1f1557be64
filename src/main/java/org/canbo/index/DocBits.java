package org.canbo.index;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/** The global doc numbers of collected hits as a bit set over the whole reader. */
final class DocBits {
  private DocBits() {}

  static FixedBitSet of(FacetsCollector hits, int maxDoc) throws java.io.IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it == null ? DocIdSetIterator.NO_MORE_DOCS : it.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        bits.set(m.context.docBase + doc);
      }
    }
    return bits;
  }

  /**
   * The next doc at or after {@code from} that both {@code postings} and {@code docs} have
   * (leapfrogging, so a small set skips most postings), or NO_MORE_DOCS.
   */
  static int next(org.apache.lucene.index.PostingsEnum postings, FixedBitSet docs, int from)
      throws java.io.IOException {
    int d = from;
    while (d != DocIdSetIterator.NO_MORE_DOCS) {
      if (d < docs.length() && docs.get(d)) {
        return d;
      }
      int want = d + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(d + 1);
      if (want == DocIdSetIterator.NO_MORE_DOCS) {
        return want;
      }
      d = postings.advance(want);
    }
    return d;
  }
}
