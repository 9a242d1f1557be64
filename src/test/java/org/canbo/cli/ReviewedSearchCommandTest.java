package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canbo.TestModels;
import org.canbo.index.CorpusSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search, trend and export see reviewed figures on the seed corpus: a corrected value makes an
 * article pass or fail a figure condition, a rejected figure leaves the category facet and
 * filter, an added one makes the article match.
 */
class ReviewedSearchCommandTest {
  private static final String DOC = "000_7ea46ac1337f9b94";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void searchFacetsAndFigureConditionsSeeTheReviewedValues() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
      for (Path p : seeds.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    String index = tmp.resolve("index").toString();
    assertThat(CliRun.of("ingest", "--in-process", "--index", index, corpus.toString()).exitCode())
        .isZero();
    String text; // the clean text, whose offsets reviews use
    try (CorpusSearcher searcher = new CorpusSearcher(Path.of(index), TestModels.SEGMENTER)) {
      text = searcher.find(DOC).orElseThrow().text();
    }
    assertThat(ids(index, "--figure", "rotation>=12")).doesNotContain(DOC).isNotEmpty();
    assertThat(ids(index, "--figure", "position_change>=50")).contains(DOC);
    assertThat(ids(index, "--category", "nonlocal_leader")).contains(DOC);
    assertThat(ids(index, "--figure", "other>=2000")).isEmpty();
    long leaders = categoryFacet(index).get("nonlocal_leader").asLong();
    int rotationHits = ids(index, "--figure", "rotation>=12").size();

    Path reviews = tmp.resolve("reviews.jsonl");
    Files.writeString(reviews, String.join("\n",
        review(text, "10 cán bộ", "correct", "{\"value\": 12}"),
        review(text, "76 viên chức", "correct", "{\"value\": 7}"),
        review(text, "8 đồng chí", "reject", "{}"),
        review(text, "2016-2018", "add",
            "{\"value\": 2016, \"kind\": \"count\", \"category\": \"other\"}")) + "\n");
    CliRun imported = CliRun.of("reviews", "import", "--index", index, reviews.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    assertThat(ids(index, "--figure", "rotation>=12")).contains(DOC).hasSize(rotationHits + 1);
    assertThat(ids(index, "--figure", "position_change>=50")).doesNotContain(DOC);
    assertThat(ids(index, "--category", "nonlocal_leader")).doesNotContain(DOC);
    assertThat(ids(index, "--facet", "category=nonlocal_leader")).doesNotContain(DOC);
    assertThat(ids(index, "--figure", "other>=2000")).containsExactly(DOC);
    JsonNode categories = categoryFacet(index);
    assertThat(categories.path("nonlocal_leader").asLong()).isEqualTo(leaders - 1);
    assertThat(categories.get("other").asLong()).isEqualTo(1);

    JsonNode trend = JSON.readTree(CliRun.of("trend", "--index", index, "--json",
        "--figure", "rotation>=12", "*").out());
    assertThat(trend.get("articles").asInt()).isEqualTo(rotationHits + 1);
    CliRun export = CliRun.of("export", "--index", index, "--format", "csv",
        "--figure", "other>=2000");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out().lines().skip(1).toList()).singleElement().asString()
        .startsWith(DOC + ",").contains(",2016-2018,2016,").contains(",added,");
  }

  private static String review(String text, String surface, String action, String fields) {
    int at = text.indexOf(surface);
    assertThat(at).as(surface).isNotNegative();
    return "{\"doc\": \"" + DOC + "\", \"type\": \"figure\", \"start\": " + at + ", \"end\": "
        + (at + surface.length()) + ", \"action\": \"" + action + "\", \"fields\": " + fields
        + ", \"reviewer\": \"Lan\"}";
  }

  /** Ids of every article `search` finds for "*" with these filters. */
  private static List<String> ids(String index, String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("search", "--index", index, "--json", "--limit", "50"));
    args.addAll(List.of(filters));
    args.add("*");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static JsonNode categoryFacet(String index) throws Exception {
    CliRun run = CliRun.of("search", "--index", index, "--json", "--facets", "*");
    return JSON.readTree(run.out()).get("facets").get("category");
  }
}
