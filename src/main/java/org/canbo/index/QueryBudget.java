package org.canbo.index;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.canbo.model.UserInputException;

/**
 * What a parsed query may cost, checked before it runs: its plain terms over all fields, and the
 * terms its prefix ({@code *}) and typo ({@code ~}) words may expand to — each such word is
 * rewritten per field to at most a fixed number of terms, and all of them together must stay
 * within Lucene's clause limit, so expansion can never fail half-way or run unbounded.
 */
record QueryBudget(int terms, int expandedTerms) {
  static final int MAX_TERMS = 256;
  static final int MAX_EXPANDED_TERMS = IndexSearcher.getMaxClauseCount();
  /** A rewrite without a bound (never produced by our parser) counts as over any budget. */
  private static final int UNBOUNDED = Integer.MAX_VALUE / 4;

  /** The cost of {@code query}, counted over its whole tree. */
  static QueryBudget of(Query query) {
    int[] counts = new int[2];
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... t) {
        counts[0] += t.length;
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> a) {
        if (q instanceof VariantQuery) {
          // An unaccented word's accented forms: a handful, bounded by the searcher's clause
          // limit when they are looked up; counted as the one term typed.
          counts[0]++;
        } else {
          counts[1] = (int) Math.min(UNBOUNDED, (long) counts[1] + expansions(q));
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return new QueryBudget(counts[0], counts[1]);
  }

  private static int expansions(Query q) {
    return q instanceof MultiTermQuery m && m.getRewriteMethod() instanceof TopTermsRewrite<?> t
        ? t.getSize() : UNBOUNDED;
  }

  boolean within() {
    return terms <= MAX_TERMS && expandedTerms <= MAX_EXPANDED_TERMS;
  }

  /** IllegalArgumentException naming the budget {@code userQuery} goes over, if it does. */
  void check(String userQuery) {
    if (terms > MAX_TERMS) {
      throw new UserInputException("the query '" + userQuery + "' is too complex ("
          + terms + " terms over all fields, at most " + MAX_TERMS + ")");
    }
    if (expandedTerms > MAX_EXPANDED_TERMS) {
      throw new UserInputException("the query '" + userQuery + "' is too expensive: its "
          + "words with * or ~ may expand to " + expandedTerms + " terms over all fields, at most "
          + MAX_EXPANDED_TERMS + " (a word with * expands to up to " + UserQueryParser.MAX_EXPANSIONS
          + " terms per field, one with ~ to " + UserQueryParser.MAX_TYPO_EXPANSIONS
          + "); use fewer of them");
    }
  }
}
