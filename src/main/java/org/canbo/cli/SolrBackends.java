package org.canbo.cli;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.canbo.index.SearchBackend;
import org.canbo.index.SolrSearcher;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.solr.SolrTarget;

/**
 * Opens the SolrCloud {@link SearchBackend} for {@code --solr} (ZooKeeper or Solr URLs, the
 * same cloud client as {@code ingest --solr}); the collection is asked for its size once, so a
 * wrong address or name is one clear line at start rather than on the first search.
 */
final class SolrBackends {
  private SolrBackends() {}

  static SearchBackend open(String solr, String collection, VietnameseSegmenter segmenter)
      throws IOException {
    SolrTarget target = SolrTarget.parse(solr);
    SolrClient client;
    try {
      client = target.connect();
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot reach SolrCloud at " + target + ": "
          + firstLine(e), e);
    }
    SolrSearcher searcher = new SolrSearcher(client, collection, segmenter);
    try {
      searcher.count();
      return searcher;
    } catch (IOException | RuntimeException e) {
      searcher.close();
      throw new IllegalArgumentException("cannot search collection " + collection + " at "
          + target + ": " + firstLine(e), e);
    }
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
