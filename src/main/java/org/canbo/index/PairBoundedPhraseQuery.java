package org.canbo.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ImpactsDISI;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.MaxScoreCache;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * A phrase of three or more syllables of the body ("luân chuyển cán bộ"), matched and scored by
 * the {@link PhraseQuery} itself, whose ranking skips blocks of articles by the bound its rarest
 * syllable pair gives: the phrase occurs in an article at most as often as each of its pairs
 * does, and the pair field's norms are the body's, so that pair's block maxima bound the phrase's
 * scores far more tightly than its single syllables' (a common syllable occurs many times where
 * the phrase occurs once). Only the articles holding the rarest pair are checked position by
 * position. Segments without pairs, and every use but ranking the best hits, take the phrase as
 * it is.
 */
final class PairBoundedPhraseQuery extends PhraseStandIn {
  /** One term per position, for the phrase's statistics. */
  private final List<List<BytesRef>> positions;
  private final List<Term> pairs;

  /** For {@code phrase} (adjacent terms, no slop, at least three) on a field with pairs in {@code pairField}. */
  PairBoundedPhraseQuery(PhraseQuery phrase, String pairField) {
    super(phrase, phrase.getField(), pairField);
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (terms.length < 3 || phrase.getSlop() != 0) {
      throw new IllegalArgumentException("not an exact phrase of three terms or more: " + phrase);
    }
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != i) {
        throw new IllegalArgumentException("terms not adjacent: " + phrase);
      }
    }
    this.positions = Arrays.stream(terms).map(t -> List.of(t.bytes())).toList();
    Term[] pairTerms = new Term[terms.length - 1];
    for (int i = 0; i + 1 < terms.length; i++) {
      pairTerms[i] = new Term(pairField, SyllableTokens.pair(terms[i].text(), terms[i + 1].text()));
    }
    this.pairs = List.of(pairTerms);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight phraseWeight = phrase().createWeight(searcher, scoreMode, boost);
    if (scoreMode != ScoreMode.TOP_SCORES) {
      return phraseWeight;
    }
    Similarity.SimScorer stats = phraseStats(searcher, positions, boost);
    return new BoundedWeight(phraseWeight, stats);
  }

  private final class BoundedWeight extends StandInWeight {
    private final Similarity.SimScorer stats;

    BoundedWeight(Weight phraseWeight, Similarity.SimScorer stats) {
      super(PairBoundedPhraseQuery.this, phraseWeight);
      this.stats = stats;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      Scorer phraseScorer = phraseWeight.scorer(context);
      if (phraseScorer == null || stats == null
          || !pairsCover(context)) {
        return phraseScorer;
      }
      ImpactsEnum rarest = rarestPair(context);
      if (rarest == null) {
        return null; // a pair the segment lacks: the phrase cannot occur in it
      }
      return new BoundedScorer(this, phraseScorer, rarest,
          new LeafSimScorer(stats, context.reader(), field(), true));
    }

    /** The impacts of the pair in the fewest articles, or null when one is missing. */
    private ImpactsEnum rarestPair(LeafReaderContext context) throws IOException {
      Terms terms = context.reader().terms(pairField());
      if (terms == null) {
        return null;
      }
      TermsEnum best = null;
      for (Term pair : pairs) {
        TermsEnum te = terms.iterator();
        if (!te.seekExact(pair.bytes())) {
          return null;
        }
        if (best == null || te.docFreq() < best.docFreq()) {
          best = te;
        }
      }
      return best.impacts(PostingsEnum.FREQS);
    }

  }

  /**
   * The phrase's scorer over the articles holding the rarest pair, skipping the blocks where that
   * pair's best score cannot reach the page.
   */
  private static final class BoundedScorer extends Scorer {
    private final Scorer phrase;
    private final TwoPhaseIterator phraseMatches;
    private final ImpactsDISI approximation;
    private final MaxScoreCache bounds;

    BoundedScorer(Weight weight, Scorer phrase, ImpactsEnum rarestPair, LeafSimScorer scorer) {
      super(weight);
      this.phrase = phrase;
      this.phraseMatches = phrase.twoPhaseIterator();
      this.bounds = new MaxScoreCache(rarestPair, scorer.getSimScorer());
      DocIdSetIterator both = ConjunctionUtils.intersectIterators(
          List.of(rarestPair, phraseMatches.approximation()));
      this.approximation = new ImpactsDISI(both, bounds);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return new TwoPhaseIterator(approximation) {
        @Override
        public boolean matches() throws IOException {
          return phraseMatches.matches();
        }

        @Override
        public float matchCost() {
          return phraseMatches.matchCost();
        }
      };
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhaseIterator());
    }

    @Override
    public int docID() {
      return approximation.docID();
    }

    @Override
    public float score() throws IOException {
      return phrase.score();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return bounds.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return bounds.getMaxScore(upTo);
    }

    /** Skips by the pair's bound here and lets the phrase skip by its own too. */
    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      approximation.setMinCompetitiveScore(minScore);
      phrase.setMinCompetitiveScore(minScore);
    }
  }
}
