package org.canbo.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.canbo.index.SearchBackend;
import org.canbo.index.SolrSearcher;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * Opens the SolrCloud {@link SearchBackend} for {@code --solr}: a ZooKeeper address
 * ({@code host:port[,host:port...][/chroot]}) or a Solr base URL, through SolrJ's cloud client
 * on Apache HttpClient (no Jetty client next to the server's Jetty 12). The collection is asked
 * for its size once, so a wrong address or name is one clear line at start.
 */
final class SolrBackends {
  private SolrBackends() {}

  static SearchBackend open(String solr, String collection, VietnameseSegmenter segmenter)
      throws IOException {
    SolrSearcher searcher = new SolrSearcher(client(solr.strip()), collection, segmenter);
    try {
      searcher.count();
      return searcher;
    } catch (IOException | RuntimeException e) {
      searcher.close();
      throw new IllegalArgumentException("cannot search collection " + collection + " at "
          + solr + ": " + firstLine(e), e);
    }
  }

  /** The cloud client for a ZooKeeper address or a Solr URL. */
  static SolrClient client(String solr) {
    if (solr.startsWith("http://") || solr.startsWith("https://")) {
      return new CloudLegacySolrClient.Builder(List.of(solr.split(","))).build();
    }
    int slash = solr.indexOf('/');
    String hosts = slash < 0 ? solr : solr.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(solr.substring(slash));
    return new CloudLegacySolrClient.Builder(Arrays.asList(hosts.split(",")), chroot)
        .withZkConnectTimeout(15, TimeUnit.SECONDS).build();
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
