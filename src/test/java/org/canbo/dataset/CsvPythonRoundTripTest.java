package org.canbo.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.canbo.model.Annotations;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.Figure;
import org.canbo.model.IngestStatus;
import org.canbo.model.LayerKeys;
import org.canbo.model.PageMap;
import org.canbo.model.Period;
import org.canbo.model.SourceFile;
import org.canbo.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our CSV read back by Python's csv module (what pandas users meet first): year-less dates come
 * back exactly as written, formula-like text with the guard's apostrophe, every other cell as is.
 * Skipped when python3 is not installed.
 */
class CsvPythonRoundTripTest {
  /** Reads a CSV (BOM or not) with csv.DictReader and prints its rows as JSON. */
  private static final String READER = """
      import csv, json, sys
      with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
          print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))
      """;
  private static final String TEXT = "-1+2 cán bộ được luân chuyển, theo \"Kế hoạch\".\n"
      + "Khiển trách 3 trường hợp; bổ nhiệm 2 người.";

  @TempDir Path tmp;

  @BeforeAll
  static void needsPython() {
    Assumptions.assumeTrue(python3Runs(), "python3 is not installed");
  }

  static Document document() {
    int at = TEXT.indexOf("3 trường hợp");
    Figure f = new Figure("3 trường hợp", new BigDecimal("3"), "count", null, "trường hợp", false,
        "discipline", "khiển trách", "value", new Period("2024-02", "2024-02"), "-A1", "+cmd", null,
        null, "y", 1, at, at + 12, 0.8);
    int lineEnd = TEXT.indexOf('\n');
    return new Document("y", new SourceFile("corpus/y.txt", 99, "ab", "text/plain", "UTF-8"), TEXT,
        new ArticleMetadata("=HYPERLINK(\"http://x\")", "--10-06", "@SUM(1)", "-2,5", "--12",
            null, null),
        PageMap.SINGLE, IngestStatus.OK,
        Map.of(LayerKeys.SENTENCES, List.of(new Span(0, lineEnd, LayerKeys.SENTENCE_TYPE),
            new Span(lineEnd + 1, TEXT.length(), LayerKeys.SENTENCE_TYPE))),
        new Annotations(List.of(f)));
  }

  @ParameterizedTest(name = "excel BOM {0}")
  @ValueSource(booleans = {false, true})
  void articlesKeepYearlessDatesAndGuardFormulas(boolean bom) throws Exception {
    JsonNode row = readWithPython(Dataset.ARTICLES, bom).get(0);
    assertThat(row.get("date").asText()).isEqualTo("--10-06");
    assertThat(row.get("title").asText()).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(row.get("source").asText()).isEqualTo("'@SUM(1)");
    assertThat(row.get("author").asText()).isEqualTo("-2,5");
    assertThat(row.get("locality").asText()).isEqualTo("--12");
    assertThat(row.get("figures").asText()).isEqualTo("1");
    assertThat(row.get("url").asText()).isEmpty();
  }

  @ParameterizedTest(name = "excel BOM {0}")
  @ValueSource(booleans = {false, true})
  void figuresKeepYearlessDatesAndGuardFormulas(boolean bom) throws Exception {
    JsonNode row = readWithPython(Dataset.FIGURES, bom).get(0);
    assertThat(row.get("date").asText()).isEqualTo("--10-06");
    assertThat(row.get("period_text").asText()).isEqualTo("'-A1");
    assertThat(row.get("scope").asText()).isEqualTo("'+cmd");
    assertThat(row.get("sentence_text").asText())
        .isEqualTo("Khiển trách 3 trường hợp; bổ nhiệm 2 người.");
    assertThat(row.get("period_start_date").asText()).isEqualTo("2024-02-01");
    assertThat(row.get("period_end_date").asText()).isEqualTo("2024-02-29");
    assertThat(row.get("value").asText()).isEqualTo("3");
  }

  @Test
  void aSentenceStartingWithAFormulaIsGuardedAndItsQuotesSurvive() throws Exception {
    int at = TEXT.indexOf("2 cán bộ");
    Figure rotation = new Figure("2 cán bộ", new BigDecimal("2"), "count", null, "cán bộ", false,
        "rotation", null, "value", null, null, null, null, null, "y", 0, at, at + 8, 0.7);
    Document d = document().withAnnotations(new Annotations(List.of(rotation)));
    JsonNode row = python(write(Dataset.FIGURES, d, false)).get(0);
    assertThat(row.get("sentence_text").asText())
        .isEqualTo("'-1+2 cán bộ được luân chuyển, theo \"Kế hoạch\".");
    assertThat(row.get("period_start_date").asText()).isEmpty();
  }

  private JsonNode readWithPython(Dataset dataset, boolean bom) throws Exception {
    return python(write(dataset, document(), bom));
  }

  private Path write(Dataset dataset, Document d, boolean bom) throws IOException {
    Path csv = tmp.resolve(dataset + (bom ? "-bom" : "") + ".csv");
    try (OutputStream out = Files.newOutputStream(csv);
        DatasetWriter w = new DatasetWriter(dataset, DatasetFormat.CSV, out, bom, RowFilter.all())) {
      w.write(d);
    }
    return csv;
  }

  private JsonNode python(Path csv) throws Exception {
    Path script = tmp.resolve("read.py");
    Files.writeString(script, READER);
    Process p = new ProcessBuilder("python3", script.toString(), csv.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return new ObjectMapper().readTree(out);
  }

  private static boolean python3Runs() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
