package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code canbo kwic} and {@code canbo trend} on the ingested seed corpus. */
class KwicTrendCommandsTest {
  @TempDir static Path tmp;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingest() {
    index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", index.toString(), "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliRun run(String command, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(command, "--index", index.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void kwicTextIsAlignedOnTheMatch() {
    CliRun r = run("kwic", "--width", "20", "--sort", "right", "Thành", "uỷ");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("7 occurrences in 1 articles");
    List<String> rows = lines.subList(1, lines.size());
    assertThat(rows).hasSize(7);
    // Number (5) + 2 spaces + left context right-aligned to 20 + 2 spaces: the match starts at 29.
    assertThat(rows).allSatisfy(l -> assertThat(l.substring(29)).matches("Thành (ủy|uỷ)  .*"));
  }

  @Test
  void kwicJsonHasOffsetsIntoTheCleanText() throws Exception {
    CliRun r = run("kwic", "--json", "--limit", "3", "--sort", "left", "luan chuyen");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode result = JSON.readTree(r.out());
    assertThat(result.fieldNames()).toIterable()
        .containsExactly("total", "documents", "complete", "matching", "lines");
    assertThat(result.get("documents").asInt()).isEqualTo(5);
    assertThat(result.get("lines")).hasSize(3);
    JsonNode line = result.get("lines").get(0);
    assertThat(line.fieldNames()).toIterable().containsExactly(
        "doc", "title", "date", "source", "left", "match", "right", "start", "end");
    assertThat(line.get("end").asInt() - line.get("start").asInt())
        .isEqualTo(line.get("match").asText().length());
  }

  @Test
  void trendListsTheSeedYearsAndTheUndatedArticle() throws Exception {
    CliRun text = run("trend", "luân chuyển");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("5 articles").containsPattern("(?m)^2018 +1 ")
        .containsPattern("(?m)^unknown +1 ");
    JsonNode json = JSON.readTree(run("trend", "--json", "--by", "month", "luân chuyển").out());
    assertThat(json.get("periods")).extracting(p -> p.get("period").asText())
        .containsExactly("2018-10", "2019-05", "2020-08", "2023-07");
    assertThat(json.get("unknown").get("articles").asInt()).isEqualTo(1);
  }

  @Test
  void badOptionsAreExitOneWithTheReason() {
    CliRun by = run("trend", "--by", "week", "x");
    assertThat(by.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(by.err()).contains("year or month");
    CliRun width = run("kwic", "--width", "9999", "x");
    assertThat(width.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(width.err()).contains("context width");
  }
}
