package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * A two-syllable exact phrase ("mới trong") answered from the syllable-pair field
 * ({@link IndexSchema#pairField}) instead of the syllables' positions: a pair's postings hold
 * exactly the documents where the phrase occurs, with the number of occurrences as frequency, so
 * it matches and scores like the {@link PhraseQuery} or {@link MultiPhraseQuery} (variants of a
 * syllable typed without diacritics: the sum over their pairs) it stands for, with the same
 * statistics and the syllable field's norms, without reading a position. One pair's block maxima
 * are exact (the pair field's norms equal the syllable field's), so ranking skips blocks that
 * cannot reach the page. On common phrases the position-by-position check cost most of a search.
 *
 * <p>Highlights, explanations and the concordance come from the phrase itself. A segment where
 * not every document has pairs (indexed before the pair field existed) is searched with the
 * phrase.
 */
final class SyllablePairQuery extends PhraseStandIn {
  /** The terms each of the two positions accepts (one each, or a position's variants). */
  private final List<List<BytesRef>> positions;
  /** Every pair of a first and a second term, as the pair field holds them. */
  private final List<BytesRef> pairs;

  /**
   * The pair query standing for {@code phrase} ({@link PhraseQuery} or {@link MultiPhraseQuery},
   * no slop) on {@code field}, whose two adjacent positions accept {@code positions}' terms.
   */
  SyllablePairQuery(Query phrase, String field, List<List<BytesRef>> positions, String pairField) {
    super(phrase, field, pairField);
    if (positions.size() != 2) {
      throw new IllegalArgumentException("a pair has two positions, not " + positions.size());
    }
    this.positions = positions.stream().map(List::copyOf).toList();
    List<BytesRef> all = new ArrayList<>();
    for (BytesRef first : positions.get(0)) {
      for (BytesRef second : positions.get(1)) {
        all.add(new BytesRef(SyllableTokens.pair(first.utf8ToString(), second.utf8ToString())));
      }
    }
    this.pairs = List.copyOf(all);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight phraseWeight = phrase().createWeight(searcher, scoreMode, boost);
    Similarity.SimScorer stats =
        scoreMode.needsScores() ? phraseStats(searcher, positions, boost) : null;
    return new PairWeight(phraseWeight, stats, scoreMode);
  }

  private final class PairWeight extends StandInWeight {
    private final Similarity.SimScorer stats;
    private final ScoreMode scoreMode;

    PairWeight(Weight phraseWeight, Similarity.SimScorer stats, ScoreMode scoreMode) {
      super(SyllablePairQuery.this, phraseWeight);
      this.stats = stats;
      this.scoreMode = scoreMode;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      if (!pairsCover(context)) {
        return phraseWeight.scorerSupplier(context);
      }
      if (scoreMode.needsScores() && stats == null) {
        return null;
      }
      List<TermsEnum> found = present(context);
      if (found.isEmpty()) {
        return null;
      }
      long cost = 0;
      for (TermsEnum t : found) {
        cost += t.docFreq();
      }
      long docFreqs = cost;
      Weight weight = this;
      return new ScorerSupplier() {
        private boolean topLevelScoringClause;

        @Override
        public Scorer get(long leadCost) throws IOException {
          // Scored with the syllable field's norms, as the phrase is; the pair field's norms
          // are the same numbers and only bound the blocks through its impacts.
          LeafSimScorer scorer = new LeafSimScorer(stats == null ? NO_SCORES : stats,
              context.reader(), field(), scoreMode.needsScores());
          int flags = scoreMode.needsScores() ? PostingsEnum.FREQS : PostingsEnum.NONE;
          if (found.size() > 1) {
            PostingsEnum[] each = new PostingsEnum[found.size()];
            for (int i = 0; i < each.length; i++) {
              each[i] = found.get(i).postings(null, PostingsEnum.FREQS);
            }
            return new PairUnionScorer(weight, each, scorer);
          }
          TermsEnum only = found.get(0);
          if (scoreMode == ScoreMode.TOP_SCORES) {
            return new TermScorer(weight, only.impacts(PostingsEnum.FREQS), scorer,
                topLevelScoringClause);
          }
          return new TermScorer(weight, only.postings(null, flags), scorer);
        }

        @Override
        public long cost() {
          return docFreqs;
        }

        @Override
        public void setTopLevelScoringClause() {
          topLevelScoringClause = true;
        }
      };
    }

    /** The pair terms the segment has, each positioned on its term. */
    private List<TermsEnum> present(LeafReaderContext context) throws IOException {
      Terms terms = context.reader().terms(pairField());
      List<TermsEnum> found = new ArrayList<>(pairs.size());
      if (terms == null) {
        return found;
      }
      for (BytesRef pair : pairs) {
        TermsEnum te = terms.iterator();
        if (te.seekExact(pair)) {
          found.add(te);
        }
      }
      return found;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      ScorerSupplier supplier = scorerSupplier(context);
      return supplier == null ? null : supplier.get(Long.MAX_VALUE);
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
      if (!pairsCover(context)) {
        return phraseWeight.count(context);
      }
      if (context.reader().hasDeletions()) {
        return -1;
      }
      List<TermsEnum> found = present(context);
      // Pairs of different terms are in different places: their documents may overlap.
      return found.isEmpty() ? 0 : found.size() == 1 ? found.get(0).docFreq() : -1;
    }
  }

  /** For counting and filtering, which never ask for a score. */
  private static final Similarity.SimScorer NO_SCORES = new Similarity.SimScorer() {
    @Override
    public float score(float freq, long norm) {
      return 0f;
    }
  };
}
