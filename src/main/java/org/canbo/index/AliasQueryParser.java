package org.canbo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The classic multi-field parser plus the two alias fields {@link QuerySanitizer} writes:
 * {@code title_any:x} searches the exact and the folded title (so {@code title:can bo} still
 * ignores diacritics) and {@code source_any:x} is an exact, case-insensitive source filter that
 * does not change the ranking. Aliases rather than real field names, because the parser itself
 * calls these methods with the real fields when it expands a word over its default fields.
 */
final class AliasQueryParser extends MultiFieldQueryParser {
  private static final String[] TITLE_FIELDS = {IndexSchema.TITLE, IndexSchema.TITLE_FOLDED};

  private final Map<String, Float> boosts;
  private final int typoExpansions;

  AliasQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, int expansions,
      int typoExpansions) {
    super(fields, analyzer, boosts);
    this.boosts = boosts;
    this.typoExpansions = typoExpansions;
    setDefaultOperator(QueryParser.Operator.AND);
    // "04-NQ/TU" is one typed word but three tokens: match them as a phrase, not anywhere.
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setMultiTermRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(expansions));
    // Typos rarely hit the first letter; fixing it cuts the terms a fuzzy word expands to.
    setFuzzyPrefixLength(1);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (QuerySanitizer.SOURCE_FIELD.equals(field)) {
      return source(text);
    }
    if (!QuerySanitizer.TITLE_FIELD.equals(field)) {
      return super.getFieldQuery(field, text, quoted);
    }
    List<Query> perField = new ArrayList<>();
    for (String f : TITLE_FIELDS) {
      perField.add(super.getFieldQuery(f, text, quoted));
    }
    return title(perField);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (QuerySanitizer.SOURCE_FIELD.equals(field)) {
      return source(text);
    }
    if (!QuerySanitizer.TITLE_FIELD.equals(field)) {
      return super.getFieldQuery(field, text, slop);
    }
    List<Query> perField = new ArrayList<>();
    for (String f : TITLE_FIELDS) {
      perField.add(super.getFieldQuery(f, text, slop));
    }
    return title(perField);
  }

  @Override
  protected Query getPrefixQuery(String field, String text) throws ParseException {
    if (!QuerySanitizer.TITLE_FIELD.equals(field)) {
      return super.getPrefixQuery(field, text);
    }
    List<Query> perField = new ArrayList<>();
    for (String f : TITLE_FIELDS) {
      perField.add(super.getPrefixQuery(f, text));
    }
    return title(perField);
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float edits) throws ParseException {
    if (!QuerySanitizer.TITLE_FIELD.equals(field)) {
      return super.getFuzzyQuery(field, text, edits);
    }
    List<Query> perField = new ArrayList<>();
    for (String f : TITLE_FIELDS) {
      perField.add(super.getFuzzyQuery(f, text, edits));
    }
    return title(perField);
  }

  /** As the classic parser's, with a bound on the terms each typo word expands to. */
  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0,
        term.text().length()));
    return new FuzzyQuery(term, edits, prefixLength, typoExpansions, true);
  }

  private static Query source(String text) {
    if (text.isBlank()) {
      return null;
    }
    // Constant score: a source narrows the hits but says nothing about relevance.
    return new ConstantScoreQuery(
        new TermQuery(new Term(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(text))));
  }

  /** One SHOULD clause per title field that produced a query, boosted as in the default fields. */
  private Query title(List<Query> perField) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 0; i < perField.size(); i++) {
      Query q = perField.get(i);
      if (q != null) {
        b.add(new BoostQuery(q, boosts.getOrDefault(TITLE_FIELDS[i], 1f)),
            BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }
}
