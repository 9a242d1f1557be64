package org.canbo.solr;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.LBSolrClient;

/**
 * A {@link CloudSolrClient} (routing by shard, updates to shard leaders, failover to replicas) on
 * the JDK's HTTP client, with the cluster state read from ZooKeeper or from any live node.
 */
final class JdkCloudSolrClient extends CloudSolrClient {
  private final JdkLbSolrClient lb;
  private final ClusterStateProvider state;

  private JdkCloudSolrClient(JdkLbSolrClient lb, ClusterStateProvider state) {
    super(true, true, false);
    this.lb = lb;
    this.state = state;
  }

  /** Cluster state from the ZooKeeper ensemble {@code zkHosts}, under {@code chroot} if given. */
  static JdkCloudSolrClient overZooKeeper(List<String> zkHosts, Optional<String> chroot) {
    ClusterStateProvider state =
        ClusterStateProvider.newZkClusterStateProvider(zkHosts, chroot.orElse(null), true);
    return new JdkCloudSolrClient(new JdkLbSolrClient(), state);
  }

  /** Cluster state asked of the nodes at {@code solrUrls} ("http://host:8983/solr"). */
  static JdkCloudSolrClient overHttp(List<String> solrUrls) throws Exception {
    return new JdkCloudSolrClient(new JdkLbSolrClient(), new HttpStateProvider(solrUrls));
  }

  @Override
  protected LBSolrClient getLbClient() {
    return lb;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return state;
  }

  @Override
  public void close() throws IOException {
    try {
      state.close();
      lb.close();
    } finally {
      super.close();
    }
  }

  /** SolrJ's HTTP cluster-state reader, asking through JDK clients (it closes each after use). */
  private static final class HttpStateProvider extends BaseHttpClusterStateProvider {
    HttpStateProvider(List<String> solrUrls) throws Exception {
      initConfiguredNodes(solrUrls);
    }

    @Override
    protected SolrClient getSolrClient(String baseUrl) {
      return JdkLbSolrClient.newClient(baseUrl);
    }
  }
}
