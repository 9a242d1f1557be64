package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datasets from the API: rows that stand on their own, exports for filters without a query, and
 * unknown categories, facets and columns refused with the valid names instead of empty results.
 */
class DatasetApiTest {
  @TempDir static Path tmp;
  static TestServer server;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(tmp);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = server.get(pathAndQuery);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void unknownCategoriesAreRefusedNamingTheValidOnes() throws Exception {
    String q = "q=" + enc("cán bộ");
    for (String bad : List.of("/api/search?" + q + "&category=rotaton",
        "/api/search?" + q + "&figure=" + enc("rotaton>=5"),
        "/api/search?" + q + "&facet.category=rotaton",
        "/api/figures?" + q + "&category=rotaton",
        "/api/export.csv?category=rotaton",
        "/api/export.csv?dataset=figures&where=" + enc("category=rotaton"),
        "/api/kwic?" + q + "&category=rotaton",
        "/api/trend?" + q + "&figure=" + enc("rotaton>1"))) {
      assertThat(error(bad)).as(bad).contains("'rotaton'", "rotation", "party_membership", "other");
    }
  }

  /** The error message of a request that must be refused with 400 JSON. */
  static String error(String pathAndQuery) throws Exception {
    HttpResponse<String> r = server.get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(400);
    return JSON.readTree(r.body()).get("error").asText();
  }

  @Test
  void unknownFacetsColumnsAndVocabularyValuesAreRefused() throws Exception {
    assertThat(error("/api/search?q=" + enc("cán bộ") + "&facet.colour=red"))
        .contains("unknown facet 'colour'", "province");
    assertThat(error("/api/export.csv?where=" + enc("colour=red")))
        .contains("unknown column 'colour'", "sentence_text");
    assertThat(error("/api/export.csv?where=" + enc("kind=percentage")))
        .contains("unknown kind 'percentage'", "count, percent, ratio");
  }

  @Test
  void categoriesByLabelMeanTheSameAsByCode() throws Exception {
    String byCode = server.get("/api/export.csv?bom=0&category=discipline").body();
    String byLabel = server.get("/api/export.csv?bom=0&category=" + enc("Kỷ luật")).body();
    String byWhere = server.get("/api/export.csv?bom=0&where=" + enc("category=ky luat")).body();
    assertThat(byLabel).isEqualTo(byCode);
    assertThat(byWhere).isEqualTo(byCode);
  }

  @Test
  void exportsForFiltersWithoutAQueryKeepRowsThatStandOnTheirOwn() throws Exception {
    List<String> lines = server.get("/api/export.csv?bom=0&category=discipline&from=2019&to=2019-12")
        .body().lines().toList();
    assertThat(lines.get(0)).endsWith(",confidence,title,date,source,locality,province,url,"
        + "sentence_text,period_start_date,period_end_date,ocr,status,reviewer,dup_of");
    assertThat(lines.subList(1, lines.size())).isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains(",discipline,", "tỉnh Quảng Ninh", ",2019-05-30,"));
    JsonNode t = json("/api/figures?q=" + enc("luân chuyển") + "&category=rotation");
    assertThat(t.get("rows")).isNotEmpty().allSatisfy(row -> {
      assertThat(row.get("sentence_text").asText()).contains(row.get("text").asText());
      assertThat(row.get("province").asText()).startsWith("t");
    });
    JsonNode a = json("/api/articles/" + enc("001_8ddd9710a79e22ff"));
    assertThat(a.get("province").asText()).isEqualTo("tỉnh Lạng Sơn");
    assertThat(a.get("url").isNull()).isTrue();
  }
}
