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
    assertThat(lines.get(1)).isEqualTo("matching: word, exact");
    List<String> rows = lines.subList(2, lines.size());
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
        .containsExactly("total", "documents", "complete", "total_estimated", "matching", "lines");
    assertThat(result.get("documents").asInt()).isEqualTo(5);
    // A sort by context reads every line it can hold: here all, so the counts are exact.
    assertThat(result.get("total_estimated").asBoolean()).isFalse();
    assertThat(result.get("lines")).hasSize(3);
    JsonNode line = result.get("lines").get(0);
    assertThat(line.fieldNames()).toIterable().containsExactly(
        "doc", "title", "date", "source", "left", "match", "right", "start", "end");
    assertThat(line.get("end").asInt() - line.get("start").asInt())
        .isEqualTo(line.get("match").asText().length());
  }

  @Test
  void kwicExportWritesEveryLineAsCsvOrJsonl() throws Exception {
    JsonNode page = JSON.readTree(run("kwic", "--json", "--limit", "1", "can").out());
    // One line reads one article: the rest is estimated, unless exact counts are asked for.
    assertThat(page.get("total_estimated").asBoolean()).isTrue();
    long total = JSON.readTree(run("kwic", "--json", "--exact-counts", "--limit", "1", "can")
        .out()).get("total").asLong();
    assertThat(total).isGreaterThan(100); // more than the default page
    Path csv = tmp.resolve("kwic.csv");
    CliRun r = run("kwic", "--format", "csv", "--out", csv.toString(), "--limit", "1", "can");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains(total + " lines from 5 articles (matching: syllable, folded)");
    var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerFor(java.util.Map.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .<java.util.Map<String, String>>readValues(csv.toFile()).readAll();
    assertThat(rows).hasSize((int) total);
    assertThat(rows.get(0).keySet()).containsExactly(
        "doc", "title", "date", "source", "left", "match", "right", "start", "end");
    assertThat(rows).allSatisfy(row -> assertThat(
        org.canbo.text.Diacritics.fold(row.get("match").toLowerCase(java.util.Locale.ROOT)))
        .isEqualTo("can"));
    Path jsonl = tmp.resolve("kwic.jsonl");
    assertThat(run("kwic", "--format", "jsonl", "--out", jsonl.toString(), "can").exitCode())
        .isZero();
    assertThat(java.nio.file.Files.readAllLines(jsonl)).hasSize((int) total)
        .allSatisfy(l -> assertThat(JSON.readTree(l).get("end").asInt()).isPositive());
    CliRun bad = run("kwic", "--format", "xml", "can");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(bad.err()).contains("unknown format 'xml': use text, json, csv, jsonl");
  }

  @Test
  void freqAndCollocatesPrintTablesJsonAndCsv() throws Exception {
    JsonNode freq = JSON.readTree(run("freq", "--format", "json", "--limit", "3").out());
    assertThat(freq.fieldNames()).toIterable()
        .containsExactly("query", "matching", "articles", "tokens", "groups");
    JsonNode word = freq.get("groups").get(0).get("words").get(0);
    assertThat(word.fieldNames()).toIterable().containsExactly("word", "count", "docs", "per_10k");
    assertThat(word.get("word").asText()).isEqualTo("cán_bộ");
    Path csv = tmp.resolve("freq.csv");
    assertThat(run("freq", "--by", "year", "--format", "csv", "--limit", "2", "--out",
        csv.toString(), "luân chuyển").exitCode()).isZero();
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("group,word,count,docs,per_10k");
    assertThat(lines).hasSize(1 + 5 * 2);
    CliRun text = run("collocates", "--window", "1", "--min-count", "2", "Thành", "ủy");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("7 occurrences of Thành ủy, window 1, ranked by log-likelihood")
        .contains("matching: word, exact").containsPattern("hà_nội +2 +4 ");
    JsonNode coll = JSON.readTree(run("collocates", "--format", "json", "cán bộ").out());
    assertThat(coll.fieldNames()).toIterable().containsExactly(
        "query", "matching", "window", "measure", "node_count", "rows");
    assertThat(coll.get("rows").get(0).fieldNames()).toIterable()
        .containsExactly("word", "count", "word_count", "score", "mi");
    CliRun noQuery = run("collocates", "--window", "99", "x");
    assertThat(noQuery.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(noQuery.err()).contains("window 99 is not in 1..20");
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
