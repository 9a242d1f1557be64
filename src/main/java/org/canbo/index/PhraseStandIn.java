package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * A query standing for a phrase of the body that it searches faster with the syllable-pair field
 * ({@link IndexSchema#pairField}): highlighters, query budgets and collocations see the phrase's
 * terms, text and Solr the phrase itself; two are equal when they stand for the same phrase.
 */
abstract class PhraseStandIn extends Query {
  private final Query phrase;
  private final String field;
  private final String pairField;

  PhraseStandIn(Query phrase, String field, String pairField) {
    this.phrase = Objects.requireNonNull(phrase);
    this.field = Objects.requireNonNull(field);
    this.pairField = Objects.requireNonNull(pairField);
  }

  /** The phrase this query stands for. */
  Query phrase() {
    return phrase;
  }

  /** The syllable field the phrase is on. */
  String field() {
    return field;
  }

  /** The field holding that field's syllable pairs. */
  String pairField() {
    return pairField;
  }

  /**
   * The similarity's scorer built from the statistics the phrase queries use: those of every term
   * of every position the index has, and the field's; so the scores are the phrase's. Null when
   * the index has none of the terms (nothing matches, nothing is scored).
   */
  Similarity.SimScorer phraseStats(IndexSearcher searcher, List<List<BytesRef>> positions,
      float boost) throws IOException {
    List<TermStatistics> termStats = new ArrayList<>();
    for (List<BytesRef> position : positions) {
      for (BytesRef text : position) {
        Term term = new Term(field, text);
        TermStates states = TermStates.build(searcher, term, true);
        if (states.docFreq() > 0) {
          termStats.add(searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        }
      }
    }
    if (termStats.isEmpty()) {
      return null;
    }
    CollectionStatistics collection = searcher.collectionStatistics(field);
    return searcher.getSimilarity().scorer(boost, collection,
        termStats.toArray(TermStatistics[]::new));
  }

  /**
   * True when every document of the segment with a term in the syllable field has its pairs: one
   * pair token per syllable, so the two fields' document counts are equal. A segment indexed
   * before the pair field existed, or merged from such and newer ones, is searched with the phrase.
   */
  boolean pairsCover(LeafReaderContext context) throws IOException {
    Terms syllables = context.reader().terms(field);
    Terms pairs = context.reader().terms(pairField);
    return syllables != null && pairs != null && pairs.getDocCount() == syllables.getDocCount();
  }

  @Override
  public final void visit(QueryVisitor visitor) {
    phrase.visit(visitor);
  }

  @Override
  public final String toString(String field) {
    return phrase.toString(field);
  }

  @Override
  public final boolean equals(Object other) {
    return sameClassAs(other) && phrase.equals(((PhraseStandIn) other).phrase)
        && field.equals(((PhraseStandIn) other).field)
        && pairField.equals(((PhraseStandIn) other).pairField);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(classHash(), phrase, field, pairField);
  }

  /** A weight whose matches and explanations are the phrase's: the same positions and scores. */
  abstract static class StandInWeight extends Weight {
    final Weight phraseWeight;

    StandInWeight(Query query, Weight phraseWeight) {
      super(query);
      this.phraseWeight = phraseWeight;
    }

    @Override
    public final Matches matches(LeafReaderContext context, int doc) throws IOException {
      return phraseWeight.matches(context, doc);
    }

    @Override
    public final Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return phraseWeight.explain(context, doc);
    }

    @Override
    public final boolean isCacheable(LeafReaderContext context) {
      return true;
    }
  }
}
