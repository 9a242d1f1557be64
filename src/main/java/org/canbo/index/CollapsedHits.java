package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.canbo.index.copies.CopyFields;

/**
 * Syndicated copies counted once in a hit list: the first hit of each cluster (the best ranked, or
 * first by date) stands for it; the total counts clusters among the hits collected (all matches up
 * to {@link SearchRequest#MAX_DEPTH}; beyond that, each further match counts as its own cluster).
 */
final class CollapsedHits {
  private CollapsedHits() {}

  static TopDocs collapse(IndexReader reader, TopDocs top) throws IOException {
    Set<String> clusters = new HashSet<>();
    List<ScoreDoc> kept = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      String cluster = CopyFields.read(reader, hit.doc).cluster();
      if (clusters.add(cluster == null ? "#" + hit.doc : cluster)) {
        kept.add(hit);
      }
    }
    long uncollected = Math.max(0, top.totalHits.value - top.scoreDocs.length);
    return new TopDocs(new TotalHits(kept.size() + uncollected, top.totalHits.relation),
        kept.toArray(new ScoreDoc[0]));
  }
}
