package org.canbo.solr;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.KeeperException;
import org.canbo.index.SolrSchema;

/**
 * {@code canbo solr init}: uploads canbo's configset to ZooKeeper as {@code /configs/<collection>}
 * and creates the collection with it, or, when it exists, reloads it so a new schema applies
 * (fields added later need the documents ingested again).
 */
public final class SolrInit {
  private SolrInit() {}

  /** What init did: "created" or "reloaded". */
  public static String run(CloudSolrClient client, String collection, int shards, int replicas)
      throws IOException, SolrServerException, InterruptedException {
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("collection name '" + collection
          + "': letters, digits, '.', '_' and '-' only");
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be at least 1");
    }
    if (!(client.getClusterStateProvider() instanceof ZkClientClusterStateProvider zk)) {
      throw new IllegalArgumentException("solr init needs ZooKeeper (--zk HOST:PORT), not a URL");
    }
    upload(zk.getZkStateReader().getZkClient(), collection);
    List<String> existing = CollectionAdminRequest.listCollections(client);
    if (existing.contains(collection)) {
      CollectionAdminRequest.reloadCollection(collection).process(client);
      return "reloaded";
    }
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(collection, collection, shards, replicas);
    create.setWaitForFinalState(true);
    create.process(client);
    return "created";
  }

  /** Writes (or overwrites) each configset file under /configs/{@code name}. */
  static void upload(SolrZkClient zk, String name) throws IOException, InterruptedException {
    for (String file : SolrSchema.CONFIGSET_FILES) {
      String resource = SolrSchema.CONFIGSET + "/" + file;
      byte[] data;
      try (InputStream in = SolrInit.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("configset file missing from the jar: " + resource);
        }
        data = in.readAllBytes();
      }
      try {
        zk.makePath("/configs/" + name + "/" + file, data, false, true);
      } catch (KeeperException e) {
        throw new IOException("uploading " + file + " to ZooKeeper: " + e.getMessage(), e);
      }
    }
  }
}
