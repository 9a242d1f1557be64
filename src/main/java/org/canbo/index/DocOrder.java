package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Puts documents in the order of their ids, the order every export and document listing uses:
 * stable across re-ingests, unlike Lucene's doc numbers. Holds ids and numbers only.
 */
final class DocOrder {
  private static final Set<String> ID_ONLY = Set.of(IndexSchema.ID);

  private DocOrder() {}

  /** Global doc numbers of the collected hits, sorted by id. */
  static int[] byId(StoredFields stored, FacetsCollector hits) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it == null ? DocIdSetIterator.NO_MORE_DOCS : it.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        docs.add(m.context.docBase + doc);
      }
    }
    return byId(stored, docs);
  }

  /** The global doc numbers {@code docs}, sorted by id. */
  static int[] byId(StoredFields stored, List<Integer> docs) throws IOException {
    List<Map.Entry<String, Integer>> order = new ArrayList<>(docs.size());
    for (int doc : docs) {
      order.add(Map.entry(stored.document(doc, ID_ONLY).get(IndexSchema.ID), doc));
    }
    order.sort(Map.Entry.comparingByKey());
    return order.stream().mapToInt(Map.Entry::getValue).toArray();
  }
}
