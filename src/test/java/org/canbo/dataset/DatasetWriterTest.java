package org.canbo.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;

class DatasetWriterTest {
  static final String TEXT = "Trong giai đoạn 2016-2018, thị xã đã luân chuyển 10 cán bộ.\n"
      + "=SUM(A1), \"trích dẫn\", khiển trách 33 trường hợp.";

  static Document document() {
    int a = TEXT.indexOf("luân chuyển 10 cán bộ");
    int b = TEXT.indexOf("khiển trách 33 trường hợp");
    Figure rotation = new Figure("luân chuyển 10 cán bộ", new BigDecimal("10"), "count", null,
        "cán bộ", false, "rotation", "huyện->xã", "value", new Period("2016", "2018"), null,
        "thị xã Quảng Yên", null, null, "d1", 0, a, a + 21, 0.9);
    Figure discipline = new Figure("khiển trách 33 trường hợp", new BigDecimal("33"), "count", null,
        "trường hợp", false, "discipline", "khiển trách", "value", null, null,
        "=cmd|' /C calc'!A0", null, null, "d1", 1, b, b + 25, 0.5);
    int lineEnd = TEXT.indexOf('\n');
    return new Document("d1", new SourceFile("corpus/d1.txt", 120, "abc", "text/plain", "UTF-8"),
        TEXT, new ArticleMetadata("Tiêu đề, có dấu phẩy", "2019-05-30", null, "Mạnh Trường",
            "thị xã Quảng Yên", "tỉnh Quảng Ninh", "https://baoquangninh.vn/bai-1.html"),
        new PageMap(new int[] {0, lineEnd + 1}), IngestStatus.OK,
        Map.of(LayerKeys.SENTENCES, List.of(new Span(0, lineEnd, LayerKeys.SENTENCE_TYPE),
            new Span(lineEnd + 1, TEXT.length(), LayerKeys.SENTENCE_TYPE))),
        new Annotations(List.of(rotation, discipline)));
  }

  static String write(Dataset dataset, DatasetFormat format, boolean bom, RowFilter filter)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = new DatasetWriter(dataset, format, out, bom, filter)) {
      w.write(document());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void figuresCsvHasTheDocumentedColumnsQuotingAndProvenance() throws IOException {
    String csv = write(Dataset.FIGURES, DatasetFormat.CSV, false, RowFilter.all());
    assertThat(csv).startsWith("doc,sentence,start,end,page,text,value,kind,denominator,unit,approx,"
        + "category,subcategory,role,period_start,period_end,period_text,scope,part_of,check,"
        + "confidence,title,date,source,locality,province,url,sentence_text,period_start_date,"
        + "period_end_date,ocr,status,reviewer,dup_of\r\n");
    List<Map<String, String>> rows = read(csv);
    assertThat(rows).hasSize(2);
    Map<String, String> r = rows.get(0);
    assertThat(r).containsEntry("text", "luân chuyển 10 cán bộ").containsEntry("value", "10")
        .containsEntry("period_start", "2016").containsEntry("period_end", "2018")
        .containsEntry("page", "1").containsEntry("category", "rotation")
        .containsEntry("confidence", "0.9").containsEntry("status", "auto")
        .containsEntry("reviewer", "");
    assertThat(TEXT.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))))
        .isEqualTo(r.get("text"));
    assertThat(rows.get(1)).containsEntry("page", "2")
        .containsEntry("scope", "'=cmd|' /C calc'!A0"); // a formula is neutralised
  }

  @Test
  void figureRowsCarryTheirArticleAndWholeSentence() throws IOException {
    List<Map<String, String>> rows = read(write(Dataset.FIGURES, DatasetFormat.CSV, false, RowFilter.all()));
    assertThat(rows.get(0)).containsEntry("title", "Tiêu đề, có dấu phẩy")
        .containsEntry("date", "2019-05-30").containsEntry("source", "")
        .containsEntry("locality", "thị xã Quảng Yên").containsEntry("province", "tỉnh Quảng Ninh")
        .containsEntry("url", "https://baoquangninh.vn/bai-1.html")
        .containsEntry("sentence_text", TEXT.substring(0, TEXT.indexOf('\n')))
        .containsEntry("period_start_date", "2016-01-01")
        .containsEntry("period_end_date", "2018-12-31");
    assertThat(rows.get(1).get("sentence_text"))
        .isEqualTo("'" + TEXT.substring(TEXT.indexOf('\n') + 1)) // the sentence starts with '='
        .contains("khiển trách 33 trường hợp");
    assertThat(rows.get(1)).containsEntry("period_start_date", "").containsEntry("period_end_date", "");
  }

  @Test
  void aSentenceIndexWithoutASentenceGivesNoText() throws IOException {
    Document bare = new Document("d1", null, TEXT, ArticleMetadata.EMPTY, PageMap.SINGLE,
        IngestStatus.OK, Map.of(), document().annotations());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = new DatasetWriter(Dataset.FIGURES, DatasetFormat.CSV, out, false, RowFilter.all())) {
      w.write(bare);
    }
    assertThat(read(out.toString(StandardCharsets.UTF_8)))
        .allSatisfy(r -> assertThat(r).containsEntry("sentence_text", "").containsEntry("title", ""));
  }

  @Test
  void excelVariantStartsWithAByteOrderMark() throws IOException {
    assertThat(write(Dataset.ARTICLES, DatasetFormat.CSV, true, RowFilter.all())).startsWith("\uFEFFid,");
    assertThat(write(Dataset.ARTICLES, DatasetFormat.CSV, false, RowFilter.all())).startsWith("id,");
  }

  @Test
  void articlesCsvQuotesCommas() throws IOException {
    List<Map<String, String>> rows = read(write(Dataset.ARTICLES, DatasetFormat.CSV, false, RowFilter.all()));
    assertThat(rows).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("title", "Tiêu đề, có dấu phẩy").containsEntry("figures", "2")
        .containsEntry("pages", "2").containsEntry("locality", "thị xã Quảng Yên")
        .containsEntry("province", "tỉnh Quảng Ninh")
        .containsEntry("url", "https://baoquangninh.vn/bai-1.html"));
  }

  @Test
  void articlesColumnsEndWithProvinceUrlOcrAndLegacyEncoding() throws IOException {
    assertThat(write(Dataset.ARTICLES, DatasetFormat.CSV, false, RowFilter.all())).startsWith(
        "id,title,date,source,author,locality,path,media_type,charset,sha256,bytes,status,chars,"
            + "pages,figures,flags,province,url,ocr,legacy_encoding,dup_of\r\n");
  }

  @Test
  void figuresJsonlKeepsSchemaNamesAndNestedPeriod() throws IOException {
    String jsonl = write(Dataset.FIGURES, DatasetFormat.JSONL, false, RowFilter.all());
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(jsonl).endsWith("\n");
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.fieldNames()).toIterable().containsExactly("type", "text", "value", "kind",
        "denominator", "unit", "approx", "category", "subcategory", "role", "period", "period_text",
        "scope", "part_of", "check", "confidence", "doc", "sentence", "start", "end", "page",
        "title", "date", "source", "locality", "province", "url", "sentence_text",
        "period_start_date", "period_end_date", "ocr", "status", "reviewer", "dup_of");
    assertThat(first.get("period").fieldNames()).toIterable().containsExactly("start", "end");
    assertThat(first.get("period_end_date").asText()).isEqualTo("2018-12-31");
    assertThat(first.get("province").asText()).isEqualTo("tỉnh Quảng Ninh");
    assertThat(first.get("source").isNull()).isTrue();
    assertThat(first.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(first.get("period").get("start").asText()).isEqualTo("2016");
    assertThat(first.get("value").decimalValue()).isEqualByComparingTo("10");
    assertThat(lines.get(0)).contains("\"value\":10,"); // not 1E+1
  }

  @Test
  void minConfidenceKeepsOnlyConfidentRowsOfDatasetsThatHaveIt() throws IOException {
    RowFilter confident = RowFilter.all().minConfidence(0.8, Dataset.FIGURES);
    assertThat(write(Dataset.FIGURES, DatasetFormat.JSONL, false, confident).lines())
        .singleElement().asString().contains("luân chuyển 10 cán bộ");
    RowFilter half = RowFilter.all().minConfidence(0.5, Dataset.FIGURES);
    assertThat(write(Dataset.FIGURES, DatasetFormat.CSV, false, half).lines()).hasSize(3);
    RowFilter articles = RowFilter.all().minConfidence(0.99, Dataset.ARTICLES);
    assertThat(write(Dataset.ARTICLES, DatasetFormat.CSV, false, articles).lines()).hasSize(2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RowFilter.all().minConfidence(1.5, Dataset.FIGURES));
    assertThat(e).hasMessageContaining("--min-confidence must be between 0 and 1");
  }

  @Test
  void whereFiltersRowsByColumn() throws IOException {
    RowFilter filter = RowFilter.parse("category=discipline and value>=30", Dataset.FIGURES);
    assertThat(write(Dataset.FIGURES, DatasetFormat.JSONL, false, filter).lines())
        .singleElement().asString().contains("khiển trách 33");
    RowFilter contains = RowFilter.parse("text~LUÂN CHUYỂN", Dataset.FIGURES);
    assertThat(write(Dataset.FIGURES, DatasetFormat.CSV, false, contains).lines()).hasSize(2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RowFilter.parse("colour=red", Dataset.FIGURES));
    assertThat(e).hasMessageContaining("unknown column 'colour'");
  }

  @Test
  void jsonlEscapesLineSeparators() throws IOException {
    Document d = document();
    Document odd = d.withMetadata(new ArticleMetadata("a\u2028b", null, null, null, null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = new DatasetWriter(Dataset.ARTICLES, DatasetFormat.JSONL, out, false, RowFilter.all())) {
      w.write(odd);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("a\\u2028b").hasLineCount(1);
  }

  static List<Map<String, String>> read(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (var it = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
        .<Map<String, String>>readValues(csv)) {
      return it.readAll();
    }
  }
}
