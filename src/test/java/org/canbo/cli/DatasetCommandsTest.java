package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets that stand on their own, on the seed corpus: every row with its article and sentence. */
class DatasetCommandsTest {
  @TempDir static Path tmp;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingest() {
    index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", index.toString(), "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  static CliRun export(String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--index", index.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  static List<Map<String, String>> csv(String text) throws IOException {
    try (var it = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
        .<Map<String, String>>readValues(text)) {
      return it.readAll();
    }
  }

  static List<Map<String, String>> exportCsv(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--format", "csv"));
    all.addAll(List.of(args));
    CliRun run = export(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return csv(run.out());
  }

  @Test
  void figureRowsQuoteTheirWholeSentenceAndArticle() throws IOException {
    List<Map<String, String>> rows = exportCsv("--dataset", "figures");
    assertThat(rows).hasSize(49).allSatisfy(r -> {
      assertThat(r.get("sentence_text")).as(r.get("text")).contains(r.get("text"));
      assertThat(r.get("title")).isNotEmpty();
      assertThat(r.get("province")).startsWith("t"); // tỉnh ..., thành phố ...
    });
    Map<String, String> quangYen = rows.stream()
        .filter(r -> r.get("doc").startsWith("000_")).findFirst().orElseThrow();
    assertThat(quangYen).containsEntry("title", "Quảng Yên tập trung xây dựng đội ngũ cán bộ")
        .containsEntry("date", "2019-05-30").containsEntry("locality", "thị xã Quảng Yên")
        .containsEntry("province", "tỉnh Quảng Ninh").containsEntry("url", "");
    assertThat(rows).filteredOn(r -> r.get("doc").startsWith("002_"))
        .allSatisfy(r -> assertThat(r).containsEntry("date", "--10-06")
            .containsEntry("province", "tỉnh Hà Tĩnh"));
    assertThat(rows).filteredOn(r -> r.get("period_text").equals("năm 2018")).isNotEmpty()
        .allSatisfy(r -> assertThat(r).containsEntry("period_start_date", "2018-01-01")
            .containsEntry("period_end_date", "2018-12-31"));
  }

  @Test
  void officialAndDocumentRowsQuoteTheirSentenceAndArticle() throws IOException {
    List<Map<String, String>> officials = exportCsv("--dataset", "officials");
    assertThat(officials).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("sentence_text")).as(r.get("name")).contains(r.get("name"));
      assertThat(r.get("article_province")).isNotEmpty();
      assertThat(r.get("title")).isNotEmpty();
    });
    List<Map<String, String>> documents = exportCsv("--dataset", "documents");
    assertThat(documents).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("sentence_text")).as(r.get("text")).contains(r.get("text"));
      assertThat(r.get("article_date")).isNotEmpty();
    });
    assertThat(documents).anySatisfy(r -> assertThat(r)
        .containsEntry("date", "2013-09-11").containsEntry("article_date", "2020-08-09")
        .containsEntry("province", "tỉnh Lạng Sơn"));
  }

  @Test
  void jsonlCarriesTheSameContext() throws IOException {
    CliRun run = export("--dataset", "officials", "--format", "jsonl");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode first = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(first.get("type").asText()).isEqualTo("official");
    assertThat(first.get("titles").isArray()).isTrue();
    assertThat(first.get("sentence_text").asText()).contains(first.get("name").asText());
    assertThat(first.has("article_province")).isTrue();
    assertThat(first.has("url")).isTrue();
  }

  @Test
  void extractWritesTheSameRowsAsExport() throws IOException {
    for (String dataset : List.of("figures", "officials", "documents", "articles")) {
      CliRun extract = CliRun.of("extract", "--in-process", "--dataset", dataset, "--format", "csv",
          "corpus/001_8ddd9710a79e22ff.txt");
      assertThat(extract.exitCode()).as(extract.err()).isZero();
      List<Map<String, String>> fromIndex = exportCsv("--dataset", dataset).stream()
          .filter(r -> r.getOrDefault("doc", r.get("id")).startsWith("001_")).toList();
      List<Map<String, String>> extracted = csv(extract.out());
      extracted.forEach(r -> r.remove("path"));
      fromIndex.forEach(r -> r.remove("path"));
      assertThat(extracted).as(dataset).isNotEmpty().isEqualTo(fromIndex);
      assertThat(extract.out().lines().findFirst())
          .isEqualTo(export("--dataset", dataset, "--format", "csv").out().lines().findFirst());
    }
  }

  @Test
  void articlesEndWithProvinceAndUrl() throws IOException {
    List<Map<String, String>> rows = exportCsv("--dataset", "articles");
    assertThat(rows).extracting(r -> r.get("province")).containsExactly("tỉnh Quảng Ninh",
        "tỉnh Lạng Sơn", "tỉnh Hà Tĩnh", "tỉnh Điện Biên", "thành phố Hà Nội");
    assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("url", ""));
  }

  /** Article ids of {@code export --dataset articles} with these arguments. */
  static List<String> exportedIds(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--dataset", "articles"));
    all.addAll(List.of(args));
    return exportCsv(all.toArray(String[]::new)).stream().map(r -> r.get("id")).toList();
  }

  /** Article ids of {@code search --json} with these arguments, in id order. */
  static List<String> searchedIds(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--json",
        "--limit", "100"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids.stream().sorted().toList();
  }

  @Test
  void exportSelectsTheArticlesSearchFinds() throws IOException {
    List<List<String>> filters = List.of(
        List.of("--from", "2019", "--to", "2020"),
        List.of("--category", "discipline"),
        List.of("--figure", "nonlocal_leader>50"),
        List.of("--province", "Lạng Sơn"),
        List.of("--facet", "source=LSO"),
        List.of("--from", "2018", "Nghị quyết"));
    for (List<String> f : filters) {
      boolean hasQuery = !f.get(f.size() - 2).startsWith("--");
      List<String> search = new ArrayList<>(f);
      if (!hasQuery) {
        search.add("*");
      }
      List<String> exported = exportedIds(f.toArray(String[]::new));
      assertThat(exported).as(f.toString()).isNotEmpty().hasSizeLessThan(5)
          .isEqualTo(searchedIds(search.toArray(String[]::new)));
    }
    assertThat(exportedIds("--from", "2019", "--to", "2020"))
        .containsExactly("000_7ea46ac1337f9b94", "001_8ddd9710a79e22ff");
    assertThat(exportedIds("--province", "Lạng Sơn")).containsExactly("001_8ddd9710a79e22ff");
  }

  @Test
  void figureConditionsKeepTheFiguresThatSatisfyThem() throws IOException {
    List<Map<String, String>> rows = exportCsv("--figure", "rotation>=2", "--from", "2019");
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r).containsEntry("category", "rotation");
      assertThat(new java.math.BigDecimal(r.get("value"))).isGreaterThanOrEqualTo(
          java.math.BigDecimal.valueOf(2));
      assertThat(r.get("date")).isGreaterThanOrEqualTo("2019");
    });
    assertThat(exportCsv("--category", "Kỷ luật")).isEqualTo(exportCsv("--category", "discipline"))
        .isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("category", "discipline"));
  }

  @Test
  void unknownCategoriesFacetsAndColumnsAreOneLineNamingTheValidOnes() {
    for (List<String> bad : List.of(
        List.of("export", "--category", "rotaton"),
        List.of("export", "--figure", "rotaton>1"),
        List.of("export", "--facet", "category=rotaton"),
        List.of("export", "--where", "category=rotaton"),
        List.of("search", "--category", "rotaton", "cán bộ"),
        List.of("kwic", "--category", "rotaton", "cán bộ"),
        List.of("trend", "--figure", "rotaton>1", "cán bộ"))) {
      List<String> args = new ArrayList<>(bad);
      args.addAll(1, List.of("--index", index.toString()));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(bad.toString()).isEqualTo(ExitCodes.FATAL);
      assertThat(run.err().strip()).as(bad.toString()).doesNotContain("\n")
          .contains("'rotaton'", "rotation", "discipline", "party_membership");
      assertThat(run.err().lines()).hasSize(1);
    }
    CliRun facet = export("--facet", "colour=red");
    assertThat(facet.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(facet.err()).contains("unknown facet 'colour'", "province, locality");
    CliRun kind = export("--where", "kind=percentage");
    assertThat(kind.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(kind.err()).contains("unknown kind 'percentage'", "count, percent, ratio");
    CliRun column = export("--where", "colour=red");
    assertThat(column.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(column.err()).contains("unknown column 'colour'", "sentence_text");
  }

  @Test
  void excelCsvStartsWithAByteOrderMarkAndJsonlRefusesIt() throws IOException {
    CliRun excel = export("--format", "csv", "--dataset", "articles", "--excel");
    assertThat(excel.exitCode()).as(excel.err()).isZero();
    assertThat(excel.out()).startsWith("\uFEFFid,title,");
    assertThat(export("--format", "csv", "--dataset", "articles").out()).startsWith("id,title,");
    CliRun jsonl = export("--excel");
    assertThat(jsonl.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(jsonl.err()).contains("--format csv");
  }

  @Test
  void runWritesEveryDatasetForExcel() throws IOException {
    Path out = tmp.resolve("run-out");
    CliRun run = CliRun.of("run", "--in-process", "--index", tmp.resolve("run-index").toString(),
        "--out-dir", out.toString(), "--excel", "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String dataset : List.of("figures", "articles", "officials", "documents")) {
      byte[] bytes = java.nio.file.Files.readAllBytes(out.resolve(dataset + ".csv"));
      assertThat(new String(bytes, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1))
          .as(dataset).isEqualTo("\u00EF\u00BB\u00BF");
      assertThat(csv(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1)))
          .as(dataset).isNotEmpty().allSatisfy(r -> assertThat(r).containsKey("url"));
    }
  }
}
