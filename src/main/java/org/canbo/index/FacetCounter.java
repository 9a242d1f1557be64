package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values over the documents a query matched. The reader state (ordinal maps) is
 * built once per index commit and reused, since building it costs a pass over the terms.
 */
final class FacetCounter {
  static final int TOP_VALUES = 50;
  private final Object lock = new Object();
  private IndexReader stateReader;
  private SortedSetDocValuesReaderState state;

  Map<String, Map<String, Long>> count(IndexReader reader, FacetsCollector hits) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState s = state(reader);
    if (s == null) {
      return out;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s, hits);
    for (String dim : Facets.DIMENSIONS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetResult result = hasDim(s, dim) ? counts.getTopChildren(TOP_VALUES, dim) : null;
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private static boolean hasDim(SortedSetDocValuesReaderState s, String dim) {
    return s.getOrdRange(dim) != null;
  }

  /**
   * The values of {@code dim} that {@code value} names: itself when indexed, else those equal to it
   * ignoring case, diacritics and tone-mark style ("quang ninh" → "Quảng Ninh"), so a typed filter
   * works as well as one clicked from the counts. Empty when none is indexed.
   */
  List<String> labels(IndexReader reader, String dim, String value) throws IOException {
    SortedSetDocValuesReaderState s = state(reader);
    OrdRange range = s == null ? null : s.getOrdRange(dim);
    if (range == null) {
      return List.of();
    }
    SortedSetDocValues values = s.getDocValues();
    if (values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, new String[] {value}))) >= 0) {
      return List.of(value);
    }
    String key = AnnotationFields.nameKey(value);
    List<String> out = new ArrayList<>();
    for (int ord = range.start; ord <= range.end; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      if (path.length == 2 && AnnotationFields.nameKey(path[1]).equals(key)) {
        out.add(path[1]);
      }
    }
    return out;
  }

  /** The facet ordinals of {@code reader}, built once per reader; null when it has no facets. */
  SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    synchronized (lock) {
      if (stateReader != reader) {
        state = null;
        try {
          state = new DefaultSortedSetDocValuesReaderState(reader, Facets.config());
        } catch (IllegalArgumentException e) {
          // no document has any facet field yet (an empty or old index)
        }
        stateReader = reader;
      }
      return state;
    }
  }
}
