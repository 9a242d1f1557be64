package org.canbo.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Builds the Lucene query for each piece of a user query, choosing fields by how each word was
 * typed: with diacritics the exact fields ({@code title}, {@code body}), without them the folded
 * fields, a phrase mixing both the exact fields with the unaccented words expanded to their
 * accented forms ({@link VariantQuery}); runs of plain words are grouped into segmented words
 * ({@link WordGrouper}) and matched on the word fields. Records what it used as a
 * {@link Matching}. One per parse.
 */
final class TextQueries {
  /** Where a piece is searched: titles and bodies, or titles only ({@code title:}). */
  enum Scope { ALL, TITLE }

  private static final float TITLE_BOOST = 3f;

  private final Analyzer analyzer;
  private final WordGrouper grouper;
  private final QueryMode mode;
  private final int prefixExpansions;
  private final int typoExpansions;
  private final TermExpansions expansions;
  private final Set<Matching.Unit> units = EnumSet.noneOf(Matching.Unit.class);
  private boolean exact;
  private boolean folded;

  TextQueries(Analyzer analyzer, WordVocabulary vocabulary, TermExpansions expansions,
      QueryMode mode, int prefixExpansions, int typoExpansions) {
    this.analyzer = analyzer;
    this.expansions = expansions;
    this.grouper = new WordGrouper(vocabulary);
    this.mode = mode;
    this.prefixExpansions = prefixExpansions;
    this.typoExpansions = typoExpansions;
  }

  Matching matching() {
    return new Matching(units, exact, folded);
  }

  /** Plain words typed one after another: words where the index knows them, else syllables. */
  Query run(String text, Scope scope) {
    List<QueryUnit> pieces = units(text);
    if (pieces.isEmpty()) {
      return null;
    }
    if (mode.sequence() && pieces.size() > 1) {
      return sequence(pieces, scope);
    }
    if (pieces.size() == 1) {
      return unit(pieces.get(0), scope);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    pieces.forEach(p -> all.add(unit(p, scope), BooleanClause.Occur.MUST));
    return all.build();
  }

  /** A quoted phrase: its syllables in order. */
  Query phrase(String text, Scope scope) {
    List<QuerySyllable> syllables = new ArrayList<>();
    units(text, false).forEach(u -> syllables.addAll(u.syllables()));
    if (syllables.isEmpty()) {
      return null;
    }
    units.add(syllables.size() == 1 ? Matching.Unit.SYLLABLE : Matching.Unit.PHRASE);
    return syllables(syllables, scope);
  }

  /** {@code stem*}: terms starting with the stem, in the exact or the folded fields. */
  Query prefix(String stem, Scope scope) {
    QuerySyllable s = QuerySyllable.of(normalize(stem), mode.fold());
    units.add(Matching.Unit.PREFIX);
    note(s);
    return fields(scope, s.exact() ? Kind.EXACT : Kind.FOLDED,
        field -> new PrefixQuery(new Term(field, s.text()),
            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(prefixExpansions)));
  }

  /** {@code word~}: terms within {@code edits} edits, the first letter fixed. */
  Query fuzzy(String word, int edits, Scope scope) {
    QuerySyllable s = QuerySyllable.of(normalize(word), mode.fold());
    units.add(Matching.Unit.TYPO);
    note(s);
    return fields(scope, s.exact() ? Kind.EXACT : Kind.FOLDED,
        field -> new FuzzyQuery(new Term(field, s.text()), edits, 1, typoExpansions, true));
  }

  private Query unit(QueryUnit unit, Scope scope) {
    if (unit instanceof QueryUnit.Word w && mode.wordsFirst()) {
      units.add(Matching.Unit.WORD);
      w.syllables().forEach(this::note);
      return fields(scope, Kind.WORDS, f -> VariantQuery.of(f, List.of(w.pattern()), expansions));
    }
    units.add(unit instanceof QueryUnit.Syllable ? Matching.Unit.SYLLABLE : Matching.Unit.PHRASE);
    return syllables(unit.syllables(), scope);
  }

  /** Several pieces as one sequence of the word field, as a concordance reads a run. */
  private Query sequence(List<QueryUnit> pieces, Scope scope) {
    if (!mode.wordsFirst() || pieces.stream().anyMatch(p -> p instanceof QueryUnit.Tokens)) {
      List<QuerySyllable> all = new ArrayList<>();
      pieces.forEach(p -> all.addAll(p.syllables()));
      units.add(Matching.Unit.PHRASE);
      return syllables(all, scope);
    }
    List<TermPattern> words = new ArrayList<>();
    for (QueryUnit p : pieces) {
      words.add(new TermPattern(p.syllables()));
      p.syllables().forEach(this::note);
    }
    units.add(Matching.Unit.WORD);
    return fields(scope, Kind.WORDS, f -> VariantQuery.of(f, words, expansions));
  }

  /** Syllables in order on the syllable fields: exact, folded, or exact with variants. */
  private Query syllables(List<QuerySyllable> syllables, Scope scope) {
    syllables.forEach(this::note);
    List<TermPattern> positions = syllables.stream().map(TermPattern::of).toList();
    boolean anyExact = positions.stream().anyMatch(TermPattern::exact);
    boolean anyFolded = positions.stream().anyMatch(TermPattern::folded);
    if (anyFolded && !anyExact) {
      // The folded fields hold the folded terms themselves: no expansion needed.
      List<TermPattern> literal = syllables.stream()
          .map(s -> TermPattern.of(new QuerySyllable(s.text(), true))).toList();
      return fields(scope, Kind.FOLDED, f -> VariantQuery.of(f, literal, expansions));
    }
    return fields(scope, Kind.EXACT, f -> VariantQuery.of(f, positions, expansions));
  }

  private void note(QuerySyllable s) {
    if (!s.neutral()) {
      exact |= s.exact();
      folded |= !s.exact();
    }
  }

  private enum Kind { EXACT, FOLDED, WORDS }

  @FunctionalInterface
  private interface FieldQuery {
    Query on(String field);
  }

  /** The query on the title field (boosted) and, unless title-only, the body field. */
  private static Query fields(Scope scope, Kind kind, FieldQuery q) {
    String title = switch (kind) {
      case EXACT -> IndexSchema.TITLE;
      case FOLDED -> IndexSchema.TITLE_FOLDED;
      case WORDS -> IndexSchema.TITLE_WORDS;
    };
    Query inTitle = new BoostQuery(q.on(title), TITLE_BOOST);
    if (scope == Scope.TITLE) {
      return inTitle;
    }
    String body = switch (kind) {
      case EXACT -> IndexSchema.BODY;
      case FOLDED -> IndexSchema.BODY_FOLDED;
      case WORDS -> IndexSchema.BODY_WORDS;
    };
    return new BooleanQuery.Builder()
        .add(inTitle, BooleanClause.Occur.SHOULD)
        .add(q.on(body), BooleanClause.Occur.SHOULD)
        .build();
  }

  private List<QueryUnit> units(String text) {
    return units(text, true);
  }

  /**
   * The pieces of a run: each typed word's syllables, single ones grouped into words when
   * {@code group} is on ("cán_bộ" typed with an underscore is two syllables too).
   */
  private List<QueryUnit> units(String text, boolean group) {
    List<QueryUnit> out = new ArrayList<>();
    List<QuerySyllable> pending = new ArrayList<>();
    for (String typed : text.replace('_', ' ').strip().split("\\s+")) {
      List<QuerySyllable> tokens = analyse(typed);
      if (tokens.size() == 1) {
        pending.add(tokens.get(0));
        continue;
      }
      flush(pending, group, out);
      if (tokens.size() > 1) {
        out.add(new QueryUnit.Tokens(tokens));
      }
    }
    flush(pending, group, out);
    return out;
  }

  private void flush(List<QuerySyllable> pending, boolean group, List<QueryUnit> out) {
    if (group) {
      out.addAll(grouper.group(pending));
    } else {
      pending.forEach(s -> out.add(new QueryUnit.Syllable(s)));
    }
    pending.clear();
  }

  /** The syllables of one typed word, as the exact syllable fields analyse it. */
  private List<QuerySyllable> analyse(String typed) {
    List<QuerySyllable> out = new ArrayList<>();
    if (typed.isEmpty()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, typed)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(QuerySyllable.of(term.toString(), mode.fold()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String cannot fail on I/O
    }
    return out;
  }

  private String normalize(String word) {
    return analyzer.normalize(IndexSchema.BODY, word).utf8ToString();
  }
}
