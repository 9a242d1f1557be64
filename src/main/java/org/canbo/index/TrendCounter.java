package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts a query's matching articles and occurrences per year or month, from the date doc values:
 * the articles are exactly the search hits (same query, same filters); occurrences are counted as
 * the concordance does (plain words as one phrase), so they add up to its total.
 */
final class TrendCounter {
  private final HitSearch hitSearch;
  private final Analyzer analyzer;

  TrendCounter(HitSearch hitSearch, Analyzer analyzer) {
    this.hitSearch = hitSearch;
    this.analyzer = analyzer;
  }

  TrendResult count(DirectoryReader reader, SearchRequest request, TrendGranularity by)
      throws IOException {
    Deadline deadline = hitSearch.deadline();
    UserQueryParser parser = new UserQueryParser(analyzer);
    Query text = parser.parse(request.query());
    IndexSearcher searcher = hitSearch.searcher(reader);
    FacetsCollector hits =
        searcher.search(hitSearch.filtered(text, request, reader), new FacetsCollectorManager());
    hitSearch.checkTimeout(searcher, request.query());
    MatchOffsets offsets =
        new MatchOffsets(searcher, parser.parse(KwicFinder.asPhrase(request.query())));
    Map<String, long[]> periods = new TreeMap<>();
    long[] unknown = new long[2];
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      NumericDocValues dates = DocValues.getNumeric(m.context.reader(), IndexSchema.DATE_KEY);
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it == null ? DocIdSetIterator.NO_MORE_DOCS : it.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        String period = by.period(dates.advanceExact(doc) ? dates.longValue() : -1);
        long[] counts = period == null ? unknown : periods.computeIfAbsent(period, p -> new long[2]);
        counts[0]++;
        counts[1] += offsets.in(m.context, doc).size();
        deadline.check(request.query());
      }
    }
    List<TrendPoint> points = new ArrayList<>(periods.size());
    long articles = unknown[0];
    long occurrences = unknown[1];
    for (Map.Entry<String, long[]> e : periods.entrySet()) {
      points.add(new TrendPoint(e.getKey(), e.getValue()[0], e.getValue()[1]));
      articles += e.getValue()[0];
      occurrences += e.getValue()[1];
    }
    return new TrendResult(by, articles, occurrences, points,
        new TrendPoint(TrendResult.UNKNOWN, unknown[0], unknown[1]));
  }
}
