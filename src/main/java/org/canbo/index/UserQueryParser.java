package org.canbo.index;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Parses user queries (words, "phrases", AND/OR/NOT, default AND) against the tone-canonical and
 * the folded title and body fields at once, so "can bo" and "cán bộ" both match "cán bộ".
 *
 * <p>Each word must match in some field. A document matching the exact diacritics scores on
 * both the exact and the folded fields, so it ranks above a folded-only match. Never throws
 * ParseException: bad input is repaired by {@link QuerySanitizer} or rejected with an
 * IllegalArgumentException saying why. Not thread-safe (nor is the classic parser): one per
 * request.
 */
final class UserQueryParser {
  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_TERMS = 256;
  /** Prefix terms are expanded to at most this many terms per field. */
  static final int MAX_EXPANSIONS = 64;

  private static final Map<String, Float> BOOSTS = Map.of(
      IndexSchema.TITLE, 3f, IndexSchema.TITLE_FOLDED, 1.5f,
      IndexSchema.BODY, 1f, IndexSchema.BODY_FOLDED, 0.5f);
  private static final String[] FIELDS = {
      IndexSchema.TITLE, IndexSchema.TITLE_FOLDED, IndexSchema.BODY, IndexSchema.BODY_FOLDED};

  private final Analyzer analyzer;

  UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query parse(String userQuery) {
    if (userQuery == null || userQuery.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (userQuery.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("the query is longer than " + MAX_QUERY_CHARS
          + " characters (" + userQuery.length() + ")");
    }
    String syntax = QuerySanitizer.sanitize(userQuery);
    Query query = syntax.isEmpty() ? null : parseSyntax(userQuery, syntax);
    if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
      throw new IllegalArgumentException("the query '" + userQuery + "' has no words to search for");
    }
    checkSize(userQuery, query);
    return onlyNegative(query) ? withAllDocs((BooleanQuery) query) : query;
  }

  private Query parseSyntax(String userQuery, String syntax) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // "04-NQ/TU" is one typed word but three tokens: match them as a phrase, not anywhere.
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    parser.setMultiTermRewriteMethod(
        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
    try {
      return parser.parse(syntax);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      // The sanitizer should make this unreachable; still, users get a message, not a trace.
      throw new IllegalArgumentException("cannot read the query '" + userQuery
          + "': use words, \"quoted phrases\" and AND/OR/NOT between them", e);
    }
  }

  private static void checkSize(String userQuery, Query query) {
    AtomicInteger terms = new AtomicInteger();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... t) {
        terms.addAndGet(t.length);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (terms.get() > MAX_TERMS) {
      throw new IllegalArgumentException("the query '" + userQuery + "' is too complex ("
          + terms.get() + " terms over all fields, at most " + MAX_TERMS + ")");
    }
  }

  private static boolean onlyNegative(Query query) {
    return query instanceof BooleanQuery b
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
  }

  /** "NOT x" alone matches nothing in Lucene; users mean "everything except x". */
  private static Query withAllDocs(BooleanQuery negative) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    List<BooleanClause> clauses = negative.clauses();
    clauses.forEach(b::add);
    return b.build();
  }
}
