package org.canbo.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.canbo.cli.CanboCommand;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * search, kwic, trend and export with {@code --solr} answer as they do on the embedded index: the
 * sample corpus ingested through the CLI into both (a 2-node in-JVM SolrCloud, 2 shards × 2
 * replicas), then the same commands compared output for output; with a node stopped the
 * replicas still answer.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SolrSearchBackendTest {
  private static final String COLLECTION = "canbo_search";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static MiniSolrCloudCluster cluster;
  private static Path index;
  private static String zk;

  @BeforeClass
  public static void startClusterAndIngest() throws Exception {
    Path work = Files.createTempDirectory("canbo-solrsearch");
    cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("solr")).build();
    zk = cluster.getZkServer().getZkAddress();
    cli("solr", "init", "--zk", zk, "--collection", COLLECTION, "--shards", "2", "--replicas", "2");
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    cli("ingest", "--solr", zk, "--collection", COLLECTION, "corpus");
    index = work.resolve("index");
    cli("ingest", "--index", index.toString(), "corpus");
  }

  @AfterClass
  public static void stop() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CanboCommand.commandLine(out, err).execute(args);
    assertThat(code).as("exit code of %s; stderr: %s", List.of(args),
        err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The command's output on the embedded index and on the collection. */
  private static String[] both(String command, String... args) {
    List<String> embedded = new ArrayList<>(List.of(command, "--index", index.toString()));
    List<String> solr = new ArrayList<>(List.of(command, "--solr", zk, "--collection", COLLECTION));
    embedded.addAll(List.of(args));
    solr.addAll(List.of(args));
    return new String[] {cli(embedded.toArray(String[]::new)), cli(solr.toArray(String[]::new))};
  }

  /** A search result without scores (shards add up floats in another order), hits by id. */
  private static JsonNode comparable(String json) throws Exception {
    ObjectNode result = (ObjectNode) JSON.readTree(json);
    Map<String, JsonNode> hits = new TreeMap<>();
    for (JsonNode hit : result.get("hits")) {
      ((ObjectNode) hit).remove("score");
      hits.put(hit.get("id").asText(), hit);
    }
    result.set("hits", JSON.valueToTree(hits));
    return result;
  }

  @Test
  public void a_foundationQueriesFindTheSameHitsAndSnippets() throws Exception {
    for (String q : List.of("luân chuyển", "can bo", "\"Nghị quyết 67\"", "Thành ủy", "Thành uỷ")) {
      String[] out = both("search", "--json", "--limit", "20", q);
      assertThat(comparable(out[1])).as(q).isEqualTo(comparable(out[0]));
      assertThat(JSON.readTree(out[1]).get("total").asLong()).as(q).isPositive();
    }
    String[] ủy = both("search", "--json", "Thành ủy");
    String[] uỷ = both("search", "--json", "Thành uỷ");
    assertThat(JSON.readTree(uỷ[1]).get("total")).isEqualTo(JSON.readTree(ủy[1]).get("total"));
  }

  @Test
  public void b_facetCountsAreTheSame() throws Exception {
    for (String q : List.of("*", "cán bộ")) {
      String[] out = both("search", "--json", "--facets", q);
      assertThat(JSON.readTree(out[1]).get("facets")).as(q)
          .isEqualTo(JSON.readTree(out[0]).get("facets"));
    }
    String[] filtered = both("search", "--json", "--facet", "year=2019", "cán bộ");
    assertThat(comparable(filtered[1])).isEqualTo(comparable(filtered[0]));
  }

  @Test
  public void c_figureConditionsAndFiltersSelectTheSameArticles() throws Exception {
    for (String[] args : List.of(new String[] {"--figure", "rotation>=1", "*"},
        new String[] {"--figure", "luân chuyển>0", "cán bộ"},
        new String[] {"--from", "2019-01-01", "cán bộ"}, new String[] {"--source", "LSO", "*"})) {
      List<String> a = new ArrayList<>(List.of("--json"));
      a.addAll(List.of(args));
      String[] out = both("search", a.toArray(String[]::new));
      assertThat(comparable(out[1])).as(String.join(" ", args)).isEqualTo(comparable(out[0]));
    }
    String[] newest = both("search", "--json", "--sort", "newest", "cán bộ");
    assertThat(ids(newest[1])).isEqualTo(ids(newest[0]));
  }

  @Test
  public void d_kwicTrendAndExportAreTheSame() {
    for (String q : List.of("luân chuyển", "can bo", "Thành uỷ")) {
      String[] kwic = both("kwic", "--json", q);
      assertThat(kwic[1]).as(q).isEqualTo(kwic[0]).contains("\"lines\":[{");
      String[] trend = both("trend", "--json", q);
      assertThat(trend[1]).as(q).isEqualTo(trend[0]);
    }
    String[] export = both("export", "--dataset", "figures", "--format", "csv", "cán bộ");
    assertThat(export[1]).isEqualTo(export[0]);
  }

  @Test
  public void z_withOneNodeStoppedSearchesStillAnswer() throws Exception {
    String before = both("search", "--json", "luân chuyển")[0];
    cluster.waitForJettyToStop(cluster.stopJettySolrRunner(0));
    String after = cli("search", "--solr", zk, "--collection", COLLECTION, "--json", "luân chuyển");
    assertThat(comparable(after)).isEqualTo(comparable(before));
  }

  private static List<String> ids(String json) throws Exception {
    List<String> ids = new ArrayList<>();
    JSON.readTree(json).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
