package org.canbo.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Parses user queries (words, "phrases", AND/OR/NOT, default AND, {@code title:} and
 * {@code source:} fields, {@code word~} for typos; a lone {@code *} for every article) against the tone-canonical and the folded
 * title and body fields at once, so "can bo" and "cán bộ" both match "cán bộ".
 *
 * <p>Each word must match in some field. A document matching the exact diacritics scores on
 * both the exact and the folded fields, so it ranks above a folded-only match. Never throws
 * ParseException: bad input is repaired by {@link QuerySanitizer} or rejected with an
 * IllegalArgumentException saying why. Not thread-safe (nor is the classic parser): one per
 * request.
 */
final class UserQueryParser {
  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_TERMS = QueryBudget.MAX_TERMS;
  /** Prefix terms are expanded to at most this many terms per field. */
  static final int MAX_EXPANSIONS = 64;
  /** Typo-tolerant terms are expanded to at most this many (the closest) terms per field. */
  static final int MAX_TYPO_EXPANSIONS = 32;

  private static final Map<String, Float> BOOSTS = Map.of(
      IndexSchema.TITLE, 3f, IndexSchema.TITLE_FOLDED, 1.5f,
      IndexSchema.BODY, 1f, IndexSchema.BODY_FOLDED, 0.5f);
  private static final String[] FIELDS = {
      IndexSchema.TITLE, IndexSchema.TITLE_FOLDED, IndexSchema.BODY, IndexSchema.BODY_FOLDED};

  private static final float WORD_BOOST = 1.5f;
  private static final Pattern NEGATION = Pattern.compile("(^|\\s)(NOT\\s|-\\S)");
  private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR)\\b|[\"()+~]");
  private static final Pattern SOURCE_TERM = Pattern.compile("(?i)\\bsource:(\"[^\"]*\"|\\S*)");

  private final Analyzer analyzer;

  UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query parse(String userQuery) {
    checkLength(userQuery);
    if (SearchRequest.ALL.equals(userQuery.strip())) {
      return new MatchAllDocsQuery();
    }
    String syntax = QuerySanitizer.sanitize(userQuery);
    Query query = syntax.isEmpty() ? null : parseSyntax(userQuery, syntax);
    if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
      throw new IllegalArgumentException("the query '" + userQuery + "' has no words to search for");
    }
    QueryBudget.of(query).check(userQuery);
    return onlyNegative(query) ? withAllDocs((BooleanQuery) query) : withWordBoost(query, userQuery);
  }

  /**
   * The query with each plain word of four or more letters allowed one typo ("chuyeb" finds
   * "chuyển"), for retrying a query that found nothing; empty when that changes nothing, the
   * query negates (a typo-tolerant NOT would exclude more than asked for) or the retry would go
   * over the {@link QueryBudget} (too many words to allow typos in all of them).
   */
  Optional<Query> parseWithTypos(String userQuery) {
    checkLength(userQuery);
    String syntax = QuerySanitizer.sanitize(userQuery, true);
    if (NEGATION.matcher(userQuery).find() || syntax.equals(QuerySanitizer.sanitize(userQuery))) {
      return Optional.empty();
    }
    Query query = parseSyntax(userQuery, syntax);
    if (query == null || !QueryBudget.of(query).within()) {
      return Optional.empty();
    }
    return Optional.of(query);
  }

  private static void checkLength(String userQuery) {
    if (userQuery == null || userQuery.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (userQuery.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("the query is longer than " + MAX_QUERY_CHARS
          + " characters (" + userQuery.length() + ")");
    }
  }

  /**
   * Adds optional clauses for the query's multi-syllable words on the word-level fields: matching
   * is unchanged, but an article where "luân chuyển" occurs as the word luân_chuyển ranks above one
   * where the two syllables only meet by chance. Queries with negation are left alone.
   */
  private Query withWordBoost(Query query, String userQuery) {
    if (NEGATION.matcher(userQuery).find()) {
      return query;
    }
    // A source is a filter, and "title:" is syntax: neither is a word to boost.
    String plain = OPERATORS.matcher(SOURCE_TERM.matcher(userQuery).replaceAll(" ")
        .replaceAll("(?i)\\btitle:", " ")).replaceAll(" ");
    List<String> words = multiSyllableWords(plain);
    if (words.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    for (String word : words) {
      b.add(new BoostQuery(new TermQuery(new Term(IndexSchema.BODY_WORDS, word)), WORD_BOOST),
          BooleanClause.Occur.SHOULD);
      b.add(new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE_WORDS, word)), 2 * WORD_BOOST),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private List<String> multiSyllableWords(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY_WORDS, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && words.size() < MAX_TERMS / 4) {
        String t = term.toString();
        if (t.indexOf('_') > 0 && !words.contains(t)) {
          words.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String cannot fail on I/O
    }
    return words;
  }

  private Query parseSyntax(String userQuery, String syntax) {
    AliasQueryParser parser = new AliasQueryParser(FIELDS, analyzer, BOOSTS, MAX_EXPANSIONS,
        MAX_TYPO_EXPANSIONS);
    try {
      return parser.parse(syntax);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      // The sanitizer should make this unreachable; still, users get a message, not a trace.
      throw new IllegalArgumentException("cannot read the query '" + userQuery
          + "': use words, \"quoted phrases\" and AND/OR/NOT between them", e);
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
