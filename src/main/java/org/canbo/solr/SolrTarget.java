package org.canbo.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud cluster is: ZooKeeper hosts ("zk1:2181,zk2:2181/solr") or Solr node URLs
 * ("http://host:8983/solr", comma-separated), as given to {@code --solr} or {@code --zk}.
 */
public record SolrTarget(List<String> zkHosts, Optional<String> chroot, List<String> solrUrls) {

  /** Parses {@code spec}; a clear message for an empty or malformed one. */
  public static SolrTarget parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("no SolrCloud given: ZooKeeper HOST:PORT or a Solr URL");
    }
    String s = spec.strip();
    if (s.startsWith("http://") || s.startsWith("https://")) {
      List<String> urls = Arrays.stream(s.split(",")).map(String::strip)
          .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).toList();
      return new SolrTarget(List.of(), Optional.empty(), urls);
    }
    int slash = s.indexOf('/');
    String hosts = slash < 0 ? s : s.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(s.substring(slash));
    List<String> zk = Arrays.stream(hosts.split(",")).map(String::strip).toList();
    for (String h : zk) {
      if (!h.matches("[^:\\s]+:\\d{1,5}")) {
        throw new IllegalArgumentException(
            "'" + spec + "' is neither ZooKeeper HOST:PORT[,HOST:PORT][/chroot] nor an http(s) URL");
      }
    }
    return new SolrTarget(zk, chroot, List.of());
  }

  public boolean isZooKeeper() {
    return !zkHosts.isEmpty();
  }

  /** A connected cloud client; the caller closes it. */
  public CloudSolrClient connect() throws Exception {
    CloudSolrClient client = isZooKeeper()
        ? JdkCloudSolrClient.overZooKeeper(zkHosts, chroot)
        : JdkCloudSolrClient.overHttp(solrUrls);
    try {
      client.connect();
      return client;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    return isZooKeeper() ? String.join(",", zkHosts) + chroot.orElse("") : String.join(",", solrUrls);
  }
}
