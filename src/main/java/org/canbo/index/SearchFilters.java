package org.canbo.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.canbo.model.UserInputException;

/**
 * Adds a request's filters (dates, source, figure conditions, categories, entities, facet values)
 * to its text query, as clauses that narrow the hits without changing their scores.
 */
final class SearchFilters {
  /** The indexed values a typed facet value stands for (see {@link FacetCounter#labels}). */
  @FunctionalInterface
  interface FacetLabels {
    List<String> resolve(String dim, String value) throws IOException;
  }

  /**
   * A clause on annotation fields (figures, categories, officials, citations) as it holds after
   * the reviews (see {@link ReviewOverlay}); the clause itself without reviews.
   */
  @FunctionalInterface
  interface Reviewed {
    Reviewed NONE = clause -> clause;

    Query clause(Query extracted) throws IOException;
  }

  private final CiteTerms cites;

  SearchFilters(CiteTerms cites) {
    this.cites = cites;
  }

  Query apply(Query text, SearchRequest request, FacetLabels labels, Reviewed reviewed)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (request.fromDate() != null || request.toDate() != null) {
      long from = request.fromDate() == null ? 0 : IsoDates.lowerBound(request.fromDate());
      long to = request.toDate() == null ? Long.MAX_VALUE : IsoDates.upperBound(request.toDate());
      if (from > to) {
        throw new UserInputException("date filter from " + request.fromDate()
            + " is after to " + request.toDate());
      }
      b.add(LongPoint.newRangeQuery(IndexSchema.DATE_KEY, from, to), BooleanClause.Occur.FILTER);
    }
    if (request.source() != null && !request.source().isBlank()) {
      Term source = new Term(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(request.source()));
      b.add(new TermQuery(source), BooleanClause.Occur.FILTER);
    }
    for (FigureCondition c : request.figures()) {
      b.add(reviewed.clause(AnnotationFields.condition(c)), BooleanClause.Occur.FILTER);
    }
    for (String category : request.categories()) {
      b.add(reviewed.clause(new TermQuery(new Term(AnnotationFields.CATEGORY, category))),
          BooleanClause.Occur.FILTER);
    }
    if (request.cites() != null && !request.cites().isBlank()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String term : cites.query(request.cites())) {
        any.add(new TermQuery(new Term(AnnotationFields.CITES, term)), BooleanClause.Occur.SHOULD);
      }
      b.add(reviewed.clause(any.build()), BooleanClause.Occur.FILTER);
    }
    String official = request.official();
    if (official != null && !official.isBlank()) {
      b.add(reviewed.clause(new TermQuery(new Term(AnnotationFields.OFFICIAL,
          AnnotationFields.nameKey(official)))), BooleanClause.Occur.FILTER);
    }
    addTerm(b, AnnotationFields.PROVINCE, request.province(), AnnotationFields::provinceKey);
    for (Map.Entry<String, List<String>> dim : request.facetFilters().entrySet()) {
      Query facet = facet(dim.getKey(), dim.getValue(), labels);
      b.add(ReviewedArticle.DIMENSIONS.contains(dim.getKey()) ? reviewed.clause(facet) : facet,
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Any of the values (drill-down terms, which the facet fields index next to their counts). */
  private static Query facet(String dim, List<String> values, FacetLabels labels)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String value : values) {
      for (String label : labels.resolve(dim, value)) {
        any.add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, label)),
            BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? new MatchNoDocsQuery("no " + dim + " " + values) : any.build();
  }

  private static void addTerm(BooleanQuery.Builder b, String field, String value,
      java.util.function.UnaryOperator<String> normalise) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, normalise.apply(value))), BooleanClause.Occur.FILTER);
    }
  }
}
