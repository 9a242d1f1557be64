package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure datasets and figure search through the command line, on the seed corpus. */
class FigureCommandsTest {
  @TempDir static Path tmp;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingest() {
    index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", index.toString(), "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void extractWritesFiguresJsonlStraightFromFiles() throws IOException {
    CliRun run = CliRun.of("extract", "--in-process", "--format", "jsonl",
        "corpus/000_7ea46ac1337f9b94.txt");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> figures = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      figures.add(JSON.readTree(line));
    }
    assertThat(figures).hasSize(13);
    JsonNode discipline = figures.stream()
        .filter(f -> f.get("text").asText().equals("47 cán bộ, công chức, viên chức")).findFirst().orElseThrow();
    assertThat(discipline.get("category").asText()).isEqualTo("discipline");
    assertThat(discipline.get("check").asText()).isEqualTo("ok");
    assertThat(discipline.get("doc").asText()).isEqualTo("000_7ea46ac1337f9b94");
    String text = Files.readString(Path.of("src/test/resources/expected/000_7ea46ac1337f9b94.clean.txt"),
        StandardCharsets.UTF_8);
    assertThat(text.substring(discipline.get("start").asInt(), discipline.get("end").asInt()))
        .isEqualTo("47 cán bộ, công chức, viên chức");
  }

  @Test
  void exportFromTheIndexEqualsExtractFromTheFiles() throws IOException {
    Path fromIndex = tmp.resolve("export.csv");
    Path fromFiles = tmp.resolve("extract.csv");
    assertThat(CliRun.of("export", "--index", index.toString(), "--dataset", "figures",
        "--format", "csv", "--out", fromIndex.toString()).exitCode()).isZero();
    assertThat(CliRun.of("extract", "--in-process", "--dataset", "figures", "--format", "csv",
        "--out", fromFiles.toString(), "corpus").exitCode()).isZero();
    List<String> rows = Files.readAllLines(fromIndex, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(1 + 49);
    assertThat(rows).isEqualTo(Files.readAllLines(fromFiles, StandardCharsets.UTF_8));
  }

  @Test
  void exportWhereAndExcelBom() throws IOException {
    CliRun run = CliRun.of("export", "--index", index.toString(), "--format", "csv", "--excel",
        "--where", "category=discipline and value<10");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFdoc,sentence,start,end,page,text,value");
    assertThat(lines.subList(1, lines.size())).hasSize(3)
        .allSatisfy(l -> assertThat(l).contains(",discipline,"));
  }

  @Test
  void articlesDatasetHasOneRowPerArticle() throws IOException {
    CliRun run = CliRun.of("export", "--index", index.toString(), "--dataset", "articles",
        "--format", "jsonl");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("000_7ea46ac1337f9b94");
    assertThat(first.get("figures").asInt()).isEqualTo(13);
    assertThat(first.get("locality").asText()).isEqualTo("thị xã Quảng Yên");
  }

  @Test
  void searchFiltersArticlesByFigure() throws IOException {
    assertThat(ids("--figure", "rotation>=100", "cán bộ")).containsExactly("003");
    assertThat(ids("--figure", "rotation>=50", "cán bộ")).containsExactly("003", "004");
    assertThat(ids("--figure", "luân chuyển>=50", "cán bộ")).containsExactly("003", "004");
    assertThat(ids("--category", "discipline", "cán bộ")).containsExactly("000");
    assertThat(ids("--category", "nonlocal_leader", "--figure", "nonlocal_leader>50", "cán bộ"))
        .containsExactly("004");
    CliRun bad = CliRun.of("search", "--index", index.toString(), "--figure", "rotation about 5", "x");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(bad.err()).contains("CATEGORY OP NUMBER");
  }

  @Test
  void facetsCountCategoriesOverMatches() throws IOException {
    CliRun run = CliRun.of("search", "--index", index.toString(), "--json", "--facets", "cán bộ");
    JsonNode facets = JSON.readTree(run.out()).get("facets");
    assertThat(facets.get("category").get("rotation").asInt()).isEqualTo(4);
    assertThat(facets.get("year").get("2019").asInt()).isEqualTo(1);
    assertThat(facets.get("source").get("LSO").asInt()).isEqualTo(1);
  }

  @Test
  void evalScoresAgainstAGoldDirectory() {
    CliRun run = CliRun.of("eval", "--in-process", "--gold", "src/test/resources/gold", "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("documents scored: 5 of 5", "F1=1.000", "misses (0)",
        "false alarms (0)");
  }

  static List<String> ids(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach(h -> ids.add(h.get("id").asText().substring(0, 3)));
    return ids.stream().sorted().toList();
  }
}
