package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API and CSV export over the seed corpus (plus one unrelated hostile article). */
class SearchApiTest {
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

  static JsonNode json(String pathAndQuery) throws Exception {
    return server.json(pathAndQuery);
  }

  @Test
  void healthCountsTheDocuments() throws Exception {
    JsonNode health = json("/api/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("documents").asInt()).isEqualTo(6);
  }

  @Test
  void searchReturnsHitsAndEveryFacetWithCounts() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("luân chuyển") + "&limit=2");
    assertThat(r.get("total").asInt()).isEqualTo(5);
    assertThat(r.get("hits")).hasSize(2);
    assertThat(r.get("hits").get(0).get("snippets").get(0).asText()).contains("<mark>");
    JsonNode facets = r.get("facets");
    assertThat(facets.fieldNames()).toIterable().contains(
        "year", "source", "province", "locality", "category", "document", "official");
    assertThat(facets.get("year").get("2019").asInt()).isEqualTo(1);
    assertThat(facets.get("category").get("rotation").asInt()).isEqualTo(4);
    assertThat(facets.get("province").get("tỉnh Quảng Ninh").asInt()).isEqualTo(1);
    JsonNode page2 = json("/api/search?q=" + enc("luân chuyển") + "&limit=2&page=2&sort=newest");
    assertThat(page2.get("hits")).hasSize(2);
  }

  @Test
  void facetAndCategoryAndFigureFiltersNarrowTheHits() throws Exception {
    String q = "/api/search?q=" + enc("luân chuyển");
    JsonNode province = json(q + "&facet.province=" + enc("tỉnh Quảng Ninh"));
    assertThat(province.get("total").asInt()).isEqualTo(1);
    assertThat(province.get("hits").get(0).get("locality").asText()).isEqualTo("thị xã Quảng Yên");
    JsonNode twoYears = json(q + "&facet.year=2018&facet.year=2019");
    assertThat(twoYears.get("total").asInt()).isEqualTo(2);
    assertThat(json(q + "&category=discipline").get("total").asInt()).isEqualTo(1);
    JsonNode rotation = json(q + "&figure=" + enc("rotation>=50"));
    assertThat(rotation.get("total").asInt()).isEqualTo(2);
    for (JsonNode hit : rotation.get("hits")) {
      JsonNode article = json("/api/articles/" + enc(hit.get("id").asText()));
      assertThat(article.get("figures")).anySatisfy(f -> {
        assertThat(f.get("category").asText()).isEqualTo("rotation");
        assertThat(f.get("value").asDouble()).isGreaterThanOrEqualTo(50);
      });
    }
  }

  @Test
  void articleJsonHasTheTextAndAnnotationOffsetsIntoIt() throws Exception {
    String id = json("/api/search?q=" + enc("Quảng Yên")).get("hits").get(0).get("id").asText();
    JsonNode a = json("/api/articles/" + enc(id));
    assertThat(a.get("id").asText()).isEqualTo(id);
    assertThat(a.get("title").asText()).contains("Quảng Yên");
    String text = a.get("text").asText();
    for (String kind : List.of("figures", "documents", "places", "organisations")) {
      for (JsonNode span : a.get(kind)) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
            .as(kind).isEqualTo(span.get("text").asText());
      }
    }
    assertThat(a.get("figures")).isNotEmpty();
    assertThat(a.get("officials")).isNotEmpty().allSatisfy(o -> assertThat(
        text.substring(o.get("start").asInt(), o.get("end").asInt())).isEqualTo(o.get("name").asText()));
    assertThat(server.get("/api/articles/no/such%2Fid").statusCode()).isEqualTo(404);
  }

  @Test
  void kwicLinesPointIntoTheArticleText() throws Exception {
    JsonNode k = json("/api/kwic?q=" + enc("Thành ủy") + "&width=20&sort=right");
    assertThat(k.get("total").asInt()).isEqualTo(7);
    assertThat(k.get("documents").asInt()).isEqualTo(1);
    JsonNode line = k.get("lines").get(0);
    assertThat(line.get("left").asText().length()).isLessThanOrEqualTo(20);
    String text = json("/api/articles/" + enc(line.get("doc").asText())).get("text").asText();
    assertThat(text.substring(line.get("start").asInt(), line.get("end").asInt()))
        .isEqualTo(line.get("match").asText());
  }

  @Test
  void trendCountsPerYearAndMonth() throws Exception {
    JsonNode years = json("/api/trend?q=" + enc("luân chuyển"));
    assertThat(years.get("by").asText()).isEqualTo("YEAR");
    assertThat(years.get("periods")).extracting(p -> p.get("period").asText())
        .containsExactly("2018", "2019", "2020", "2023");
    assertThat(years.get("unknown").get("articles").asInt()).isEqualTo(1);
    JsonNode months = json("/api/trend?by=month&q=" + enc("luân chuyển"));
    assertThat(months.get("periods")).extracting(p -> p.get("period").asText())
        .containsExactly("2018-10", "2019-05", "2020-08", "2023-07");
  }

  @Test
  void figuresTableKeepsTheFiguresThatMatchTheCondition() throws Exception {
    JsonNode t = json("/api/figures?q=" + enc("luân chuyển") + "&figure=" + enc("rotation>=50"));
    assertThat(t.get("articles").asInt()).isEqualTo(2);
    assertThat(t.get("truncated").asBoolean()).isFalse();
    assertThat(t.get("rows")).isNotEmpty().allSatisfy(row -> {
      assertThat(row.get("category").asText()).isEqualTo("rotation");
      assertThat(row.get("value").asDouble()).isGreaterThanOrEqualTo(50);
      assertThat(row.get("title").asText()).isNotBlank();
    });
  }

  @Test
  void csvExportStreamsTheFilteredFiguresAsAnAttachment() throws Exception {
    String filter = "q=" + enc("luân chuyển") + "&figure=" + enc("rotation>=50");
    HttpResponse<String> r = server.get("/api/export.csv?dataset=figures&" + filter);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"canbo-figures.csv\"");
    assertThat(r.body()).startsWith("\uFEFFdoc,sentence,start,end,page,text,value,");
    List<String> lines = new ArrayList<>(r.body().lines().toList());
    lines.remove(0);
    int rows = json("/api/figures?" + filter).get("rows").size();
    assertThat(lines).hasSize(rows).allSatisfy(l -> assertThat(l).contains(",rotation,"));

    String officials = server.get("/api/export.csv?dataset=officials&bom=0&q=" + enc("Quảng Yên"))
        .body();
    assertThat(officials).startsWith("doc,").contains("Hồ Văn Vịnh");
    HttpResponse<String> all = server.get("/api/export.csv?bom=0");
    assertThat(all.body().lines().count()).isGreaterThan(lines.size() + 1);
    HttpResponse<String> bad = server.get("/api/export.csv?dataset=people&q=x");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("unknown dataset");
  }

  @Test
  void kwicCsvStreamsEveryLineBeyondThePageCap() throws Exception {
    // A page of one line reads one article and estimates the rest; exact=1 counts them all.
    assertThat(json("/api/kwic?q=can&limit=1").get("total_estimated").asBoolean()).isTrue();
    JsonNode page = json("/api/kwic?q=can&limit=1&exact=1");
    assertThat(page.get("total_estimated").asBoolean()).isFalse();
    long total = page.get("total").asLong();
    assertThat(total).isGreaterThan(SearchParams.MAX_PAGE_SIZE);
    assertThat(page.get("matching").asText()).isEqualTo("syllable, folded");
    HttpResponse<String> r = server.get("/api/kwic.csv?bom=0&q=can&limit=1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"canbo-kwic.csv\"");
    var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerFor(java.util.Map.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .<java.util.Map<String, String>>readValues(r.body()).readAll();
    assertThat(rows).hasSize((int) total);
    assertThat(r.body()).startsWith("doc,title,date,source,left,match,right,start,end\r\n");
    // With diacritics only those: "cần" is not "cán".
    HttpResponse<String> exact = server.get("/api/kwic.csv?bom=0&q=" + enc("cần"));
    assertThat(exact.body().lines().skip(1)).isNotEmpty()
        .allSatisfy(l -> assertThat(l).containsIgnoringCase(",cần,"));
    assertThat(server.get("/api/kwic.csv?q=AND").statusCode()).isEqualTo(400);
  }

  @Test
  void foldMatchesAnAccentedQueryIgnoringDiacritics() throws Exception {
    long exact = json("/api/kwic?q=" + enc("cần")).get("total").asLong();
    JsonNode folded = json("/api/kwic?fold=1&q=" + enc("cần"));
    assertThat(folded.get("total").asLong()).isGreaterThan(exact)
        .isEqualTo(json("/api/kwic?q=can").get("total").asLong());
    assertThat(folded.get("matching").asText()).isEqualTo("syllable, folded");
    assertThat(json("/api/search?fold=1&q=" + enc("cần")).get("total").asLong())
        .isEqualTo(json("/api/search?q=can").get("total").asLong());
  }

  @Test
  void freqAndCollocatesAnswerJsonAndCsv() throws Exception {
    JsonNode all = json("/api/freq?limit=3");
    assertThat(all.fieldNames()).toIterable()
        .containsExactly("query", "matching", "articles", "tokens", "groups");
    assertThat(all.get("articles").asInt()).isEqualTo(6);
    assertThat(all.get("groups").get(0).get("group").asText()).isEqualTo("all");
    JsonNode bySource = json("/api/freq?by=source&limit=2&q=" + enc("luân chuyển"));
    assertThat(bySource.get("groups")).extracting(g -> g.get("group").asText())
        .contains("LSO", "Chinhphu.vn");
    HttpResponse<String> csv = server.get("/api/freq.csv?bom=0&limit=2&by=year&q="
        + enc("luân chuyển"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("group,word,count,docs,per_10k\r\n");
    assertThat(csv.body().lines().count()).isEqualTo(1 + 5 * 2);

    JsonNode coll = json("/api/collocates?window=1&min_count=2&q=" + enc("Thành ủy"));
    assertThat(coll.fieldNames()).toIterable().containsExactly(
        "query", "matching", "window", "measure", "node_count", "rows");
    assertThat(coll.get("node_count").asInt()).isEqualTo(7);
    assertThat(coll.get("rows")).extracting(row -> row.get("word").asText())
        .containsExactly("hà_nội", "của");
    HttpResponse<String> collCsv = server.get("/api/collocates.csv?bom=0&window=1&min_count=2&q="
        + enc("Thành ủy"));
    assertThat(collCsv.body().lines().toList()).hasSize(3)
        .first().isEqualTo("word,count,word_count,score,mi");
    HttpResponse<String> bad = server.get("/api/collocates?q=x&window=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(server.get("/api/freq?by=week").body()).contains("year, source or province");
    assertThat(server.get("/api/collocates").statusCode()).isEqualTo(400);
  }
}
