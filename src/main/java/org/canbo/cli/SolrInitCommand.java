package org.canbo.cli;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.canbo.solr.SolrInit;
import org.canbo.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code canbo solr init}: uploads the configset and creates (or reloads) the collection. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Upload canbo's configset to ZooKeeper and create the collection with it (or reload it when",
      "it exists). Every Solr node needs canbo-analysis and elasticsearch-analysis-vi in its",
      "sharedLib first (README: When one machine is not enough)."
    })
final class SolrInitCommand extends CanboSubcommand {
  @Option(names = "--zk", required = true, paramLabel = "HOST:PORT",
      description = "ZooKeeper of the SolrCloud: HOST:PORT[,HOST:PORT][/chroot].")
  String zk;

  @Option(names = "--collection", required = true, paramLabel = "NAME",
      description = "Collection to create; its configset gets the same name.")
  String collection;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "Shards. Default: ${DEFAULT-VALUE}.")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
      description = "Replicas of each shard. Default: ${DEFAULT-VALUE}.")
  int replicas;

  @Override
  public Integer call() throws Exception {
    SolrTarget target = SolrTarget.parse(zk);
    if (!target.isZooKeeper()) {
      throw new IllegalArgumentException("--zk takes ZooKeeper HOST:PORT, not a URL");
    }
    try (CloudSolrClient client = target.connect()) {
      String done = SolrInit.run(client, collection, shards, replicas);
      out().println("collection " + collection + " " + done + " (" + shards + " shards × "
          + replicas + " replicas) on " + target);
    }
    return ExitCodes.OK;
  }
}
