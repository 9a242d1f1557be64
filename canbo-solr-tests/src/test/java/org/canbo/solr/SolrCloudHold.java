package org.canbo.solr;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.Test;

/**
 * Not a test: a 2-node in-JVM SolrCloud kept up for trying the real {@code ./canbo} against it
 * (whose classpath has no Jetty client), for {@code canbo.solr.hold.seconds}:
 * {@code mvn -B -o test -pl canbo-solr-tests -am -Dtest=SolrCloudHold -Dcanbo.solr.hold.seconds=600}
 * writes the ZooKeeper address to {@code target/solrcloud.zk}.
 */
public class SolrCloudHold {
  @Test
  public void holdACluster() throws Exception {
    Integer seconds = Integer.getInteger("canbo.solr.hold.seconds");
    assumeTrue("set -Dcanbo.solr.hold.seconds=N to run", seconds != null);
    Path work = Files.createTempDirectory("canbo-solr-hold");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, work).build();
    try {
      Path zk = Path.of("target", "solrcloud.zk");
      Files.writeString(zk, cluster.getZkServer().getZkAddress());
      Thread.sleep(seconds * 1000L);
      Files.deleteIfExists(zk);
    } finally {
      cluster.shutdown();
    }
  }
}
