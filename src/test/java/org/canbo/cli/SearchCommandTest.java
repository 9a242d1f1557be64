package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search examples of the README, run through the command line on the ingested seed corpus. */
class SearchCommandTest {
  @TempDir static Path tmp;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingestSeeds() {
    index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--index", index.toString(), "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("files seen: 5", "ingested: 5", "failed: 0");
  }

  static JsonNode search(String... query) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    args.addAll(List.of(query));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText().substring(0, 3)));
    return ids.stream().sorted().toList();
  }

  @Test
  void luanChuyenFindsTheRotationArticles() throws IOException {
    assertThat(ids(search("luân", "chuyển"))).contains("000", "001", "003", "004");
  }

  @Test
  void queryWithoutDiacriticsFindsAllFive() throws IOException {
    assertThat(ids(search("can bo"))).containsExactly("000", "001", "002", "003", "004");
  }

  @Test
  void phraseFindsOnlyTheResolutionArticle() throws IOException {
    assertThat(ids(search("\"Nghị quyết 67\""))).containsExactly("001");
  }

  @Test
  void toneMarkStylesGiveTheSameHits() throws IOException {
    assertThat(ids(search("Thành uỷ"))).isEqualTo(ids(search("Thành ủy"))).isNotEmpty();
  }

  @Test
  void dateAndSourceFilters() throws IOException {
    assertThat(ids(search("--from", "2019-01-01", "cán bộ"))).containsExactly("000", "001", "004");
    assertThat(ids(search("--source", "LSO", "cán bộ"))).containsExactly("001");
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    JsonNode result = search("--limit", "2", "luân chuyển");
    assertThat(result.fieldNames()).toIterable().containsExactly("total", "hits", "matching");
    assertThat(result.get("total").asInt()).isGreaterThanOrEqualTo(4);
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.fieldNames()).toIterable()
        .containsExactly("id", "title", "date", "source", "locality", "score", "snippets");
    assertThat(result.get("hits")).hasSize(2);
    assertThat(hit.get("snippets").get(0).asText()).contains("<mark>");
  }

  @Test
  void textOutputShowsRankedHitsWithMarkedSnippets() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "Nghị quyết 67");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("001_8ddd9710a79e22ff", "Cao Lộc: Chuyển biến", "[");
  }

  @Test
  void facetFiltersGiveTheCountedNumberOfHitsInEveryDimension() throws IOException {
    JsonNode facets = search("--facets", "--limit", "1", "cán bộ").get("facets");
    int checked = 0;
    for (var dim = facets.fields(); dim.hasNext(); ) {
      var entry = dim.next();
      if (entry.getValue().isEmpty()) {
        continue; // e.g. no cited documents in the seeds
      }
      String value = entry.getValue().fieldNames().next();
      long count = entry.getValue().get(value).asLong();
      JsonNode filtered = search("--facet", entry.getKey() + "=" + value, "cán bộ");
      assertThat(filtered.get("total").asLong()).as(entry.getKey() + "=" + value).isEqualTo(count);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(5); // year, source, locality, category, official
    assertThat(ids(search("--facet", "category=rotation", "--facet", "year=2019",
        "--facet", "year=2020", "cán bộ"))).containsExactly("000", "001");
  }

  @Test
  void sortAndPagesThroughTheCommandLine() throws IOException {
    List<String> newest = new ArrayList<>();
    search("--sort", "newest", "--limit", "5", "cán bộ").get("hits")
        .forEach(h -> newest.add(h.get("id").asText().substring(0, 3)));
    assertThat(newest).containsExactly("004", "001", "000", "003", "002");
    List<String> page2 = new ArrayList<>();
    search("--sort", "newest", "--limit", "2", "--page", "2", "cán bộ").get("hits")
        .forEach(h -> page2.add(h.get("id").asText().substring(0, 3)));
    assertThat(page2).isEqualTo(newest.subList(2, 4));
  }

  @Test
  void fieldsAndTyposThroughTheCommandLine() throws IOException {
    assertThat(ids(search("title:\"xay dung\""))).containsExactly("000", "002", "003");
    assertThat(ids(search("source:LSO"))).containsExactly("001");
    JsonNode typo = search("luan chuyeb");
    assertThat(typo.get("fuzzy").asBoolean()).isTrue();
    assertThat(typo.get("total").asInt()).isEqualTo(5);
    CliRun text = CliRun.of("search", "--index", index.toString(), "luan chuyeb");
    assertThat(text.out()).contains("allowing a typo");
  }

  @Test
  void badFacetOrSortIsExitOneWithTheReason() {
    CliRun facet = CliRun.of("search", "--index", index.toString(), "--facet", "colour", "x");
    assertThat(facet.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(facet.err()).contains("DIM=VALUE");
    CliRun sort = CliRun.of("search", "--index", index.toString(), "--sort", "size", "x");
    assertThat(sort.err()).contains("relevance, newest or oldest").doesNotContain("\tat ");
  }

  @Test
  void malformedQueryIsAReadableErrorNotAStackTrace() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "\"unbalanced AND (");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void solrAndCollectionComeTogetherOrTheCommandSaysWhich() {
    for (String command : List.of("search", "kwic", "trend", "export")) {
      CliRun noCollection = CliRun.of(command, "--solr", "localhost:9983", "cán bộ");
      assertThat(noCollection.exitCode()).as(command).isEqualTo(1);
      assertThat(noCollection.err()).as(command).contains("--solr needs --collection NAME")
          .doesNotContain("Exception");
      CliRun noSolr = CliRun.of(command, "--collection", "canbo", "cán bộ");
      assertThat(noSolr.exitCode()).as(command).isEqualTo(1);
      assertThat(noSolr.err()).as(command).contains("--collection needs --solr");
    }
  }

  @Test
  void missingIndexIsExitOne() {
    CliRun run = CliRun.of("search", "--index", tmp.resolve("nowhere").toString(), "cán bộ");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err()).contains("nowhere");
  }

  static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
