package org.canbo.index;

import java.io.IOException;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The documents of several pair terms (a syllable's variants times the next one's), each scored
 * with the sum of the frequencies of the pairs it holds: the number of places the phrase of the
 * variants occurs. A handful of terms, so the union takes the least document by a scan.
 */
final class PairUnionScorer extends Scorer {
  private final PostingsEnum[] postings;
  private final LeafSimScorer scorer;
  private final DocIdSetIterator union = new Union();
  private int doc = -1;

  PairUnionScorer(Weight weight, PostingsEnum[] postings, LeafSimScorer scorer) {
    super(weight);
    this.postings = postings;
    this.scorer = scorer;
  }

  @Override
  public int docID() {
    return doc;
  }

  @Override
  public DocIdSetIterator iterator() {
    return union;
  }

  @Override
  public float score() throws IOException {
    int freq = 0;
    for (PostingsEnum p : postings) {
      if (p.docID() == doc) {
        freq += p.freq();
      }
    }
    return scorer.score(doc, freq);
  }

  /** Lucene's bound for postings without block maxima (any frequency, the shortest text). */
  @Override
  public float getMaxScore(int upTo) {
    return scorer.getSimScorer().score(Integer.MAX_VALUE, 1L);
  }

  private final class Union extends DocIdSetIterator {
    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      int least = NO_MORE_DOCS;
      for (PostingsEnum p : postings) {
        int d = p.docID();
        if (d < target) {
          d = p.advance(target);
        }
        least = Math.min(least, d);
      }
      return doc = least;
    }

    @Override
    public long cost() {
      long cost = 0;
      for (PostingsEnum p : postings) {
        cost += p.cost();
      }
      return cost;
    }
  }
}
