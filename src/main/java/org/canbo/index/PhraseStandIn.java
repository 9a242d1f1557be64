package org.canbo.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Weight;

/**
 * A query standing for a phrase of the body that it searches faster with the syllable-pair field
 * ({@link IndexSchema#pairField}): highlighters, query budgets and collocations see the phrase's
 * terms, text and Solr the phrase itself; two are equal when they stand for the same phrase.
 */
abstract class PhraseStandIn extends Query {
  private final Query phrase;
  private final String pairField;

  PhraseStandIn(Query phrase, String pairField) {
    this.phrase = Objects.requireNonNull(phrase);
    this.pairField = Objects.requireNonNull(pairField);
  }

  /** The phrase this query stands for. */
  Query phrase() {
    return phrase;
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
        && pairField.equals(((PhraseStandIn) other).pairField);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(classHash(), phrase, pairField);
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
