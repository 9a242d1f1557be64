package org.canbo.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The classic query parser for the boolean structure (AND/OR/NOT, groups), with every piece of
 * text handed to {@link TextQueries}: bare words and runs ({@code run_any:"..."}) of the default
 * field, quoted phrases, {@code title_any:} words and phrases, prefixes and typo words. The alias
 * {@code source_any:x} is an exact, case-insensitive source filter that does not change the
 * ranking.
 */
final class AliasQueryParser extends QueryParser {
  /** The default field of the syntax: text in titles and bodies. */
  static final String TEXT_FIELD = "text_any";

  private final TextQueries text;

  AliasQueryParser(Analyzer analyzer, TextQueries text) {
    super(TEXT_FIELD, analyzer);
    this.text = text;
    setDefaultOperator(QueryParser.Operator.AND);
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (QuerySanitizer.SOURCE_FIELD.equals(field)) {
      return source(queryText);
    }
    TextQueries.Scope scope = scope(field);
    return quoted && !QuerySanitizer.RUN_FIELD.equals(field)
        ? text.phrase(queryText, scope) : text.run(queryText, scope);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return getFieldQuery(field, queryText, true);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return text.prefix(termStr, scope(field));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    int edits = FuzzyQuery.floatToEdits(minSimilarity, termStr.codePointCount(0, termStr.length()));
    return edits == 0 ? text.run(termStr, scope(field)) : text.fuzzy(termStr, edits, scope(field));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    throw new ParseException("wildcards other than a trailing * are not supported");
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported");
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    throw new ParseException("ranges are not supported");
  }

  private static TextQueries.Scope scope(String field) {
    return QuerySanitizer.TITLE_FIELD.equals(field) ? TextQueries.Scope.TITLE : TextQueries.Scope.ALL;
  }

  private static Query source(String text) {
    if (text.isBlank()) {
      return null;
    }
    // Constant score: a source narrows the hits but says nothing about relevance.
    return new ConstantScoreQuery(
        new TermQuery(new Term(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(text))));
  }
}
