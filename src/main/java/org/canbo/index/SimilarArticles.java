package org.canbo.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * "More like this" for one article: Lucene's {@link MoreLikeThis} picks the body syllables and
 * segmented words with the highest tf-idf in the article and searches for them, excluding the
 * article itself.
 */
final class SimilarArticles {
  /** Terms of the article that make up the query: enough for topic, few enough to be fast. */
  static final int MAX_QUERY_TERMS = 30;
  /** Words in more than this share of the articles ("của", "cán bộ" in party news) say nothing. */
  static final int MAX_DOC_FREQ_PERCENT = 50;

  private final HitSearch hitSearch;
  private final Analyzer analyzer;

  SimilarArticles(HitSearch hitSearch, Analyzer analyzer) {
    this.hitSearch = hitSearch;
    this.analyzer = analyzer;
  }

  Optional<SearchResult> find(DirectoryReader reader, String id, int limit) throws IOException {
    int doc = new StoredDocuments(reader).docNumber(id);
    if (doc < 0) {
      return Optional.empty();
    }
    String body = reader.storedFields().document(doc, Set.of(IndexSchema.BODY)).get(IndexSchema.BODY);
    Query like = like(reader, body == null ? "" : body);
    IndexSearcher searcher = hitSearch.searcher(reader);
    if (like instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return Optional.of(new SearchResult(0, List.of()));
    }
    Query query = new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
    TopDocs top = searcher.search(query, limit);
    hitSearch.checkTimeout(searcher, "more like " + id);
    return Optional.of(new SearchResult(top.totalHits.value,
        top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO,
        hitSearch.hits(searcher, like, top.scoreDocs), null, false, null));
  }

  private Query like(DirectoryReader reader, String body) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    // body_words is not stored: both fields are analysed from the stored body text.
    mlt.setFieldNames(new String[] {IndexSchema.BODY, IndexSchema.BODY_WORDS});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    Map<String, Collection<Object>> fields =
        Map.of(IndexSchema.BODY, List.of(body), IndexSchema.BODY_WORDS, List.of(body));
    return mlt.like(fields);
  }
}
