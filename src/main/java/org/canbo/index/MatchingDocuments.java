package org.canbo.index;

import org.canbo.index.copies.CopyFields;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Loads every article matching a search request (the hits {@link HitSearch} would count, the
 * retries included), one at a time in id order, so a dataset for the current filter streams like
 * a full export does.
 */
final class MatchingDocuments {
  private final HitSearch hitSearch;

  MatchingDocuments(HitSearch hitSearch) {
    this.hitSearch = hitSearch;
  }

  /**
   * Calls {@code consumer} with the first {@code maxDocuments} matching documents in id order;
   * returns how many matched in all.
   */
  long forEach(DirectoryReader reader, SearchRequest request, int maxDocuments,
      CorpusSearcher.DocumentConsumer consumer) throws IOException {
    IndexSearcher searcher = hitSearch.searcher(reader);
    FacetsCollector hits = hitSearch.matchAll(searcher, reader, request, false).hits();
    if (count(hits) == 0) {
      Optional<ParsedQuery> typos = hitSearch.typos(reader, request);
      if (typos.isPresent()) {
        hits = searcher.search(hitSearch.filtered(typos.get().query(), request, reader),
            new FacetsCollectorManager());
        hitSearch.checkTimeout(searcher, request.query());
      }
    }
    StoredFields stored = reader.storedFields();
    int[] order = DocOrder.byId(stored, hits);
    for (int i = 0; i < Math.min(maxDocuments, order.length); i++) {
      consumer.accept(IndexSchema.toModel(reader, stored, order[i])
          .withCopies(CopyFields.read(reader, order[i])));
    }
    return order.length;
  }

  private static long count(FacetsCollector hits) {
    return hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
  }
}
