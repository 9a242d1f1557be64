package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The group(s) of each matched article for a frequency list: its value(s) of a facet dimension
 * (an article about two provinces is in both), {@value #UNKNOWN} when it has none; or the one
 * group {@value #ALL}.
 */
final class DocGroups {
  static final String ALL = "all";
  static final String UNKNOWN = "unknown";
  private static final int[] FIRST = {0};

  private final List<String> labels;
  /** Groups per global doc number; null for docs not matched. */
  private final int[][] groups;
  private final long[] articles;

  private DocGroups(List<String> labels, int[][] groups, long[] articles) {
    this.labels = labels;
    this.groups = groups;
    this.articles = articles;
  }

  static DocGroups of(FreqGrouping by, FixedBitSet docs, SortedSetDocValuesReaderState facets)
      throws IOException {
    int[][] groups = new int[docs.length()][];
    List<String> labels = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    SortedSetDocValuesReaderState.OrdRange range =
        by.dimension == null || facets == null ? null : facets.getOrdRange(by.dimension);
    SortedSetDocValues values = range == null ? null : facets.getDocValues();
    Map<String, Integer> index = new HashMap<>();
    for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(doc + 1)) {
      List<String> of = new ArrayList<>(1);
      if (by.dimension == null) {
        of.add(ALL);
      } else if (values != null && values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          long ord = values.nextOrd();
          if (ord >= range.start && ord <= range.end) {
            of.add(FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[1]);
          }
        }
      }
      if (of.isEmpty()) {
        of.add(UNKNOWN);
      }
      int[] ids = new int[of.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = index.computeIfAbsent(of.get(i), l -> {
          labels.add(l);
          counts.add(0L);
          return labels.size() - 1;
        });
        counts.set(ids[i], counts.get(ids[i]) + 1);
      }
      groups[doc] = ids.length == 1 && ids[0] == 0 ? FIRST : ids;
    }
    return new DocGroups(List.copyOf(labels), groups,
        counts.stream().mapToLong(Long::longValue).toArray());
  }

  int size() {
    return labels.size();
  }

  String label(int group) {
    return labels.get(group);
  }

  long articles(int group) {
    return articles[group];
  }

  /** The groups of a matched doc. */
  int[] of(int doc) {
    return groups[doc];
  }
}
