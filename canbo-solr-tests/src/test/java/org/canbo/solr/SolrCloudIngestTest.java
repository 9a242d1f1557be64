package org.canbo.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.canbo.cli.CanboCommand;
import org.canbo.index.IndexSchema;
import org.canbo.index.SolrSchema;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * The sample corpus through the CLI into a 2-node in-JVM SolrCloud (embedded ZooKeeper, one
 * collection of 2 shards × 2 replicas made by {@code canbo solr init}) and into the embedded
 * index: the same queries count the same articles on both, and still do with a node stopped.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SolrCloudIngestTest {
  private static final String COLLECTION = "canbo_test";
  private static MiniSolrCloudCluster cluster;
  private static Path work;
  private static String zk;
  private static DirectoryReader embedded;
  private static CloudSolrClient client;
  private static String firstIngest;

  @BeforeClass
  public static void startClusterAndIngest() throws Exception {
    work = Files.createTempDirectory("canbo-solrcloud");
    cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("solr")).build();
    zk = cluster.getZkServer().getZkAddress();

    assertThat(cli("solr", "init", "--zk", zk, "--collection", COLLECTION,
        "--shards", "2", "--replicas", "2")).contains("created");
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    firstIngest = cli("ingest", "--solr", zk, "--collection", COLLECTION, "--batch", "2", "corpus");
    cli("ingest", "--index", work.resolve("index").toString(), "corpus");

    embedded = DirectoryReader.open(FSDirectory.open(work.resolve("index")));
    client = SolrTarget.parse(zk).connect();
  }

  @AfterClass
  public static void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  /** Runs the CLI in-process; returns stdout, failing on a non-zero exit. */
  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CanboCommand.commandLine(out, err).execute(args);
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code of %s; stderr: %s", List.of(args),
        err.toString(StandardCharsets.UTF_8)).isZero();
    return stdout;
  }

  /** Articles matching {@code q} (Lucene query syntax) on SolrCloud. */
  private static long solrCount(String q) throws Exception {
    return client.query(COLLECTION, new SolrQuery(q).setRows(0)).getResults().getNumFound();
  }

  /** Articles matching {@code q} in the embedded index, parsed with its analyzers. */
  private static long embeddedCount(String q) throws Exception {
    return embeddedCount(new QueryParser(IndexSchema.BODY,
        IndexSchema.analyzer(VietnameseSegmenter.shared())).parse(q));
  }

  private static long embeddedCount(Query q) throws Exception {
    return new IndexSearcher(embedded).count(q);
  }

  @Test
  public void a_everyArticleOfTheCorpusIsInTheCollection() throws Exception {
    assertThat(firstIngest).contains("ingested: 5");
    assertThat(solrCount("*:*")).isEqualTo(embedded.numDocs()).isEqualTo(5);
  }

  @Test
  public void b_foundationQueriesCountTheSameArticlesAsTheEmbeddedIndex() throws Exception {
    List<String> queries = List.of(
        "body:\"luân chuyển\"", "body_words:\"luân chuyển\"", "body_folded:\"can bo\"",
        "body:\"Nghị quyết 67\"", "body:\"Thành ủy\"", "body:\"Thành uỷ\"", "title:\"cán bộ\"");
    Map<String, Long> solr = new LinkedHashMap<>();
    Map<String, Long> lucene = new LinkedHashMap<>();
    for (String q : queries) {
      solr.put(q, solrCount(q));
      lucene.put(q, embeddedCount(q));
    }
    assertThat(solr).isEqualTo(lucene);
    assertThat(solr.get("body:\"luân chuyển\"")).isPositive();
    assertThat(solr.get("body:\"Thành ủy\"")).isPositive().isEqualTo(solr.get("body:\"Thành uỷ\""));
  }

  @Test
  public void c_figureFacetsAndConditionsMatchTheEmbeddedIndex() throws Exception {
    JsonQueryRequest request = new JsonQueryRequest().setQuery("*:*").setLimit(0)
        .withFacet("category", new TermsFacetMap(SolrSchema.CATEGORY).setLimit(-1));
    BucketBasedJsonFacet facet =
        request.process(client, COLLECTION).getJsonFacetingResponse().getBucketBasedFacets("category");
    assertThat(facet.getBuckets()).isNotEmpty();
    for (BucketJsonFacet bucket : facet.getBuckets()) {
      String category = bucket.getVal().toString();
      assertThat(bucket.getCount()).as(category)
          .isEqualTo(embeddedCount(new TermQuery(new Term(SolrSchema.CATEGORY, category))));
      // The condition "category >= 10" on the flattened numbers, as the embedded points answer it.
      assertThat(solrCount(SolrSchema.figureField(category) + ":[10 TO *]")).as(category)
          .isEqualTo(embeddedCount(DoublePoint.newRangeQuery(
              "fig." + category, 10, Double.POSITIVE_INFINITY)));
    }
  }

  @Test
  public void d_ingestingAgainChangesNothing() {
    String again = cli("ingest", "--solr", zk, "--collection", COLLECTION, "corpus");
    assertThat(again).contains("ingested: 0").contains("unchanged: 5");
  }

  @Test
  public void e_documentsReadBackWhole() throws Exception {
    var hit = client.query(COLLECTION, new SolrQuery("body:\"luân chuyển\"").setRows(1)).getResults()
        .get(0);
    var doc = SolrSchema.toModel(hit);
    assertThat(doc.text()).contains("luân chuyển");
    assertThat(doc.source().sha256()).hasSize(64);
  }

  @Test
  public void z_withOneNodeStoppedTheReplicasStillAnswer() throws Exception {
    long before = solrCount("body:\"luân chuyển\"");
    cluster.stopJettySolrRunner(0);
    assertThat(solrCount("body:\"luân chuyển\"")).isEqualTo(before);
    assertThat(solrCount("*:*")).isEqualTo(5);
  }
}
