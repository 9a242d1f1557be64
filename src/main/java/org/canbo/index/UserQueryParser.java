package org.canbo.index;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.canbo.model.UserInputException;

/**
 * Parses user queries (words, "phrases", AND/OR/NOT, default AND, {@code title:} and
 * {@code source:} fields, {@code word*} prefixes, {@code word~} for typos; a lone {@code *} for
 * every article) into Lucene queries that match each word as typed: with diacritics exactly
 * (tone-mark placement aside), without them in any accented form, and runs of plain words as the
 * segmented words of the index where it has them ({@link TextQueries}).
 *
 * <p>Never throws ParseException: bad input is repaired by {@link QuerySanitizer} or rejected with
 * an IllegalArgumentException saying why. Not thread-safe (nor is the classic parser): one per
 * request.
 */
final class UserQueryParser {
  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_TERMS = QueryBudget.MAX_TERMS;
  /** Prefix terms are expanded to at most this many terms per field. */
  static final int MAX_EXPANSIONS = 64;
  /** Typo-tolerant terms are expanded to at most this many (the closest) terms per field. */
  static final int MAX_TYPO_EXPANSIONS = 32;

  private static final Pattern NEGATION = Pattern.compile("(^|\\s)(NOT\\s|-\\S)");

  private final Analyzer analyzer;
  private final WordVocabulary vocabulary;
  private final TermExpansions expansions;

  /** A parser that never groups words (no index to ask): every query word is a syllable. */
  UserQueryParser(Analyzer analyzer) {
    this(analyzer, WordVocabulary.NONE);
  }

  UserQueryParser(Analyzer analyzer, WordVocabulary vocabulary) {
    this(analyzer, vocabulary, TermExpansions.UNCACHED);
  }

  /** A parser whose accent variants are looked up through {@code expansions} on rewrite. */
  UserQueryParser(Analyzer analyzer, WordVocabulary vocabulary, TermExpansions expansions) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
    this.expansions = expansions;
  }

  /** {@link #parse(String, QueryMode)} in search mode, the query only. */
  Query query(String userQuery) {
    return parse(userQuery, QueryMode.SEARCH).query();
  }

  ParsedQuery parse(String userQuery, QueryMode mode) {
    checkLength(userQuery);
    if (SearchRequest.ALL.equals(userQuery.strip())) {
      return new ParsedQuery(new MatchAllDocsQuery(), Matching.ALL);
    }
    String syntax = QuerySanitizer.sanitize(userQuery);
    TextQueries text = texts(mode);
    Query query = syntax.isEmpty() ? null : parseSyntax(userQuery, syntax, text);
    if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
      throw new UserInputException("the query '" + userQuery + "' has no words to search for");
    }
    QueryBudget.of(query).check(userQuery);
    return new ParsedQuery(onlyNegative(query) ? withAllDocs((BooleanQuery) query) : query,
        text.matching());
  }

  /**
   * The query with each plain word of four or more letters allowed one typo ("chuyeb" finds
   * "chuyển"), for retrying a query that found nothing; empty when that changes nothing, the
   * query negates (a typo-tolerant NOT would exclude more than asked for) or the retry would go
   * over the {@link QueryBudget} (too many words to allow typos in all of them).
   */
  Optional<ParsedQuery> parseWithTypos(String userQuery, boolean fold) {
    checkLength(userQuery);
    String syntax = QuerySanitizer.sanitize(userQuery, true);
    if (NEGATION.matcher(userQuery).find() || !QuerySanitizer.typosChange(userQuery)) {
      return Optional.empty();
    }
    TextQueries text = texts(QueryMode.search(fold));
    Query query = parseSyntax(userQuery, syntax, text);
    if (query == null || !QueryBudget.of(query).within()) {
      return Optional.empty();
    }
    return Optional.of(new ParsedQuery(query, text.matching()));
  }

  private TextQueries texts(QueryMode mode) {
    return new TextQueries(analyzer, vocabulary, expansions, mode, MAX_EXPANSIONS,
        MAX_TYPO_EXPANSIONS);
  }

  private static void checkLength(String userQuery) {
    if (userQuery == null || userQuery.isBlank()) {
      throw new UserInputException("the query is empty");
    }
    if (userQuery.length() > MAX_QUERY_CHARS) {
      throw new UserInputException("the query is longer than " + MAX_QUERY_CHARS
          + " characters (" + userQuery.length() + ")");
    }
  }

  private Query parseSyntax(String userQuery, String syntax, TextQueries text) {
    AliasQueryParser parser = new AliasQueryParser(analyzer, text);
    try {
      return parser.parse(syntax);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      // The sanitizer should make this unreachable; still, users get a message, not a trace.
      throw new UserInputException("cannot read the query '" + userQuery
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
