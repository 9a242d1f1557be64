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
  void articlesEndWithProvinceAndUrl() throws IOException {
    List<Map<String, String>> rows = exportCsv("--dataset", "articles");
    assertThat(rows).extracting(r -> r.get("province")).containsExactly("tỉnh Quảng Ninh",
        "tỉnh Lạng Sơn", "tỉnh Hà Tĩnh", "tỉnh Điện Biên", "thành phố Hà Nội");
    assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("url", ""));
  }
}
