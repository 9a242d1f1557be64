package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * Counts a query's matching articles and occurrences per year or month, from the date doc values:
 * the articles are exactly the search hits (same query, same filters); occurrences are counted as
 * the concordance does (plain words as one sequence), so they add up to its total.
 */
final class TrendCounter {
  private final HitSearch hitSearch;

  TrendCounter(HitSearch hitSearch) {
    this.hitSearch = hitSearch;
  }

  TrendResult count(DirectoryReader reader, SearchRequest request, TrendGranularity by)
      throws IOException {
    Deadline deadline = hitSearch.deadline();
    IndexSearcher searcher = hitSearch.searcher(reader);
    HitSearch.Matched matched = hitSearch.matchAll(searcher, reader, request, false);
    // Occurrences as the concordance counts them, words or phrases as the articles were found.
    ParsedQuery occurrences = hitSearch.parse(reader, request, matched.mode().asSequence());
    MatchOffsets offsets = new MatchOffsets(searcher, occurrences.query());
    FacetsCollector hits = matched.hits();
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
    long total = unknown[1];
    for (Map.Entry<String, long[]> e : periods.entrySet()) {
      points.add(new TrendPoint(e.getKey(), e.getValue()[0], e.getValue()[1]));
      articles += e.getValue()[0];
      total += e.getValue()[1];
    }
    return new TrendResult(by, articles, total, occurrences.matching().describe(), points,
        new TrendPoint(TrendResult.UNKNOWN, unknown[0], unknown[1]));
  }
}
