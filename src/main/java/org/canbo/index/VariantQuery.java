package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A term or a phrase on one field whose positions are {@link TermPattern}s: on rewrite each
 * position becomes the terms of the index it matches ("thành uy" → thành_ủy, thành_uỷ), and the
 * query a plain {@link TermQuery}, {@link SynonymQuery} (one position, scored as one term),
 * {@link PhraseQuery} or {@link MultiPhraseQuery} (on the body, a {@link SyllablePairQuery}
 * standing for one of two syllables, a {@link PairBoundedPhraseQuery} ranking a longer one). Lucene has no phrase of multi-term positions,
 * and the fields with diacritics alone cannot say "cán" exactly but "bo" in any form.
 *
 * <p>Every variant present is kept (counts must be exact); the searcher's clause limit bounds the
 * total, and the rewrite reads the terms through the request's time-limited reader, or takes
 * them from the {@link TermExpansions} of earlier rewrites on the same reader.
 */
final class VariantQuery extends Query {
  private final String field;
  private final List<TermPattern> positions;
  private final TermExpansions expansions;

  VariantQuery(String field, List<TermPattern> positions) {
    this(field, positions, TermExpansions.UNCACHED);
  }

  private VariantQuery(String field, List<TermPattern> positions, TermExpansions expansions) {
    if (positions.isEmpty()) {
      throw new IllegalArgumentException("a variant query needs at least one position");
    }
    this.field = Objects.requireNonNull(field);
    this.positions = List.copyOf(positions);
    this.expansions = Objects.requireNonNull(expansions);
  }

  /** The query for {@code positions} on {@code field}: a plain term or phrase when all are literal. */
  static Query of(String field, List<TermPattern> positions) {
    return of(field, positions, TermExpansions.UNCACHED);
  }

  /** As {@link #of(String, List)}, the variants looked up through {@code expansions}. */
  static Query of(String field, List<TermPattern> positions, TermExpansions expansions) {
    if (positions.stream().allMatch(TermPattern::literal)) {
      List<BytesRef> terms = positions.stream().map(p -> new BytesRef(p.text())).toList();
      return build(field, terms.stream().map(List::of).toList());
    }
    return new VariantQuery(field, positions, expansions);
  }

  String field() {
    return field;
  }

  List<TermPattern> positions() {
    return positions;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<List<BytesRef>> expanded = new ArrayList<>(positions.size());
    for (TermPattern p : positions) {
      List<BytesRef> matching = p.literal() ? List.of(new BytesRef(p.text()))
          : expansions.expand(reader, field, p);
      if (matching.isEmpty()) {
        return new MatchNoDocsQuery("no term of " + field + " matches " + p.text());
      }
      expanded.add(matching);
    }
    return build(field, expanded);
  }

  private static Query build(String field, List<List<BytesRef>> positions) {
    if (positions.size() == 1) {
      List<BytesRef> only = positions.get(0);
      if (only.size() == 1) {
        return new TermQuery(new Term(field, only.get(0)));
      }
      SynonymQuery.Builder b = new SynonymQuery.Builder(field);
      only.forEach(t -> b.addTerm(new Term(field, t)));
      return b.build();
    }
    Query phrase = phrase(field, positions);
    String pairs = IndexSchema.pairField(field);
    if (pairs == null) {
      return phrase;
    }
    if (positions.size() == 2) {
      return new SyllablePairQuery(phrase, field, positions, pairs);
    }
    return phrase instanceof PhraseQuery p ? new PairBoundedPhraseQuery(p, pairs) : phrase;
  }

  private static Query phrase(String field, List<List<BytesRef>> positions) {
    if (positions.stream().allMatch(p -> p.size() == 1)) {
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      positions.forEach(p -> b.add(new Term(field, p.get(0))));
      return b.build();
    }
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (List<BytesRef> p : positions) {
      b.add(p.stream().map(t -> new Term(field, t)).toArray(Term[]::new));
    }
    return b.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (!visitor.acceptField(field)) {
      return;
    }
    for (TermPattern p : positions) {
      if (p.literal()) {
        visitor.consumeTerms(this, new Term(field, p.text()));
      } else {
        visitor.consumeTermsMatching(this, field,
            () -> new ByteRunAutomaton(p.automaton()));
      }
    }
  }

  @Override
  public String toString(String defaultField) {
    String text = positions.stream().map(TermPattern::text).collect(Collectors.joining(" "));
    return (field.equals(defaultField) ? "" : field + ":") + "variants(" + text + ")";
  }

  /** Equal by field and positions: where the variants are looked up changes nothing. */
  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((VariantQuery) other).field)
        && positions.equals(((VariantQuery) other).positions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, positions);
  }
}
