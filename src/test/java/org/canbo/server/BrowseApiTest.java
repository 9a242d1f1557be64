package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.canbo.text.Diacritics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page needs beyond searching words: every article without a query (absent, empty or
 * {@code *}), figure conditions by Vietnamese label, the categories' labels and the matches of a
 * query in an article.
 */
class BrowseApiTest {
  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(tmp);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    return server.json(pathAndQuery);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return server.get(pathAndQuery);
  }

  @Test
  void searchWithoutWordsBrowsesEveryArticleWithFacets() throws Exception {
    for (String q : new String[] {"", "?q=", "?q=*", "?q=%20%2A%20"}) {
      JsonNode all = json("/api/search" + q + (q.isEmpty() ? "?" : "&") + "sort=newest");
      assertThat(all.get("total").asInt()).as(q).isEqualTo(6);
      assertThat(all.get("facets").get("year").size()).isGreaterThanOrEqualTo(4);
      assertThat(all.get("hits").get(0).get("date").asText()).isEqualTo("2023-07-27");
    }
    assertThat(json("/api/search?facet.year=2019").get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/search?q=&facet.category=rotation").get("total").asInt()).isEqualTo(4);
    assertThat(json("/api/search?q=*&source=LSO").get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/search?figure=" + enc("luân chuyển>=50")).get("total").asInt())
        .isEqualTo(2);
  }

  @Test
  void trendFiguresAndExportWithoutWords() throws Exception {
    JsonNode trend = json("/api/trend?q=");
    assertThat(trend.get("articles").asInt()).isEqualTo(6);
    assertThat(trend.get("occurrences").asInt()).isZero();
    assertThat(json("/api/trend?by=month&facet.year=2019").get("articles").asInt()).isEqualTo(1);
    JsonNode figures = json("/api/figures?figure=" + enc("luân chuyển>=50"));
    assertThat(figures.get("articles").asInt()).isEqualTo(2);
    assertThat(figures.get("rows")).isNotEmpty().allSatisfy(row ->
        assertThat(row.get("category").asText()).isEqualTo("rotation"));
    HttpResponse<String> csv = get("/api/export.csv?bom=0&q=*&figure=" + enc("rotation>=50"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().skip(1)).hasSize(figures.get("rows").size());
  }

  @Test
  void theConcordanceStillNeedsWords() throws Exception {
    for (String q : new String[] {"", "q=", "q=*"}) {
      HttpResponse<String> r = get("/api/kwic?" + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(r.body()).contains("the concordance needs words");
    }
  }

  @Test
  void figureConditionsTakeVietnameseLabelsAndNameTheKnownCategories() throws Exception {
    String q = "/api/search?q=" + enc("luân chuyển") + "&figure=";
    int byCode = json(q + enc("rotation>=50")).get("total").asInt();
    assertThat(byCode).isEqualTo(2);
    assertThat(json(q + enc("Luân chuyển >= 50")).get("total").asInt()).isEqualTo(byCode);
    assertThat(json(q + enc("luan chuyen>=50")).get("total").asInt()).isEqualTo(byCode);
    assertThat(json(q + enc("kỷ luật>0")).get("total").asInt()).isEqualTo(1);
    HttpResponse<String> unknown = get(q + enc("luân chuyến cán bộ>=50"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown figure category", "rotation (luân chuyển)");
  }

  @Test
  void categoriesComeWithTheirVietnameseLabels() throws Exception {
    JsonNode categories = json("/api/categories").get("categories");
    assertThat(categories).hasSize(15);
    assertThat(categories.get(0).get("code").asText()).isEqualTo("rotation");
    assertThat(categories.get(0).get("label").asText()).isEqualTo("Luân chuyển");
  }

  @Test
  void anArticleWithAQueryCarriesTheMatchesToHighlight() throws Exception {
    String id = json("/api/search?q=" + enc("Quảng Yên")).get("hits").get(0).get("id").asText();
    JsonNode plain = json("/api/articles/" + enc(id));
    assertThat(plain.has("matches")).isFalse();
    JsonNode a = json("/api/articles/" + enc(id) + "?q=" + enc("luan chuyen"));
    assertThat(a.get("title").asText()).isEqualTo(plain.get("title").asText());
    String text = a.get("text").asText();
    assertThat(a.get("matches")).isNotEmpty().allSatisfy(m -> assertThat(Diacritics.fold(
        text.substring(m.get("start").asInt(), m.get("end").asInt())).toLowerCase())
        .isIn("luan", "chuyen", "luan chuyen")); // syllables, or the segmented word
    assertThat(json("/api/articles/" + enc(id) + "?q=*").get("matches")).isEmpty();
    assertThat(get("/api/articles/" + enc(id) + "?q=" + enc("\"")).statusCode()).isEqualTo(400);
  }
}
