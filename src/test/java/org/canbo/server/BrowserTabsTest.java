package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canbo.server.PageSession.enc;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The frequency, collocates and concordance tabs with their CSV downloads. The page's side is
 * checked against the API contract with answers stubbed in the page's fetch (so it is tested
 * before the endpoints exist, with hostile words that must stay text); then against the real
 * endpoints when this build has them.
 */
class BrowserTabsTest {
  @TempDir static Path tmp;
  static PageSession page;

  static final Map<String, Object> FREQ = Map.of("query", "cán bộ", "matching", "exact",
      "articles", 5, "tokens", 12345, "groups", List.of(
          Map.of("group", "2019", "articles", 1, "tokens", 2000, "words", List.of(
              word("cán bộ", 40, 1, 200.0), word("<img src=x onerror=alert(1)>", 3, 1, 15.5))),
          mapWithNullGroup()));
  static final Map<String, Object> COLLOCATES = Map.of("query", "cán bộ", "matching", "folded",
      "window", 3, "measure", "log-likelihood", "node_count", 151, "rows", List.of(
          Map.of("word", "đội ngũ", "count", 20, "word_count", 25, "score", 88.123, "mi", 4.56),
          Map.of("word", "<script>alert(2)</script>", "count", 3, "word_count", 3, "score", 5.5,
              "mi", 1.2)));

  private static Map<String, Object> word(String w, int count, int docs, double per10k) {
    return Map.of("word", w, "count", count, "docs", docs, "per_10k", per10k);
  }

  private static Map<String, Object> mapWithNullGroup() {
    Map<String, Object> group = new java.util.HashMap<>();
    group.put("group", null);
    group.put("articles", 1);
    group.put("tokens", 500);
    group.put("words", List.of(word("đảng viên", 7, 1, 140.0)));
    return group;
  }

  @BeforeAll
  static void start() throws Exception {
    page = PageSession.start(tmp);
  }

  @AfterAll
  static void stop() throws Exception {
    if (page != null) {
      page.close();
    }
  }

  private static void stub(Map<String, Object> bodies) {
    page.stub(bodies);
  }

  private static List<String> stubbed() {
    return page.stubbed();
  }

  private static List<String> texts(String css) {
    return page.texts(css);
  }

  private static boolean endpoint(String path) throws Exception {
    return page.server.get(path).statusCode() != 404;
  }

  private static void assertCsv(String href, String header) throws Exception {
    HttpResponse<String> r = page.server.get(href.substring(href.indexOf("/api/")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(r.body().replace("\uFEFF", "")).startsWith(header);
  }

  private static void assertNothingInjected() {
    assertThatThrownBy(() -> page.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(page.all("img")).isEmpty();
    assertThat(page.all("script")).hasSize(1);
  }

  @Test
  void frequencyTabFollowsTheContractAndKeepsWordsAsText() throws Exception {
    page.open("#q=" + enc("cán bộ"));
    page.waitFor(d -> !page.all("#results .hit").isEmpty());
    stub(Map.of("/api/freq", FREQ));
    page.click(".tab[data-tab='freq']");
    page.waitFor(d -> page.all(".freq-group").size() == 2);
    assertThat(page.byId("freq-summary").getText()).contains("5 bài, 12.345 từ", "khớp: exact");
    assertThat(texts(".freq-group h3")).containsExactly("2019 · 1 bài, 2.000 từ",
        "Tất cả bài khớp · 1 bài, 500 từ");
    assertThat(texts(".freq-group[data-group='2019'] td a.word"))
        .containsExactly("cán bộ", "<img src=x onerror=alert(1)>");
    assertThat(texts(".freq-group[data-group='2019'] tbody tr:first-child td"))
        .containsExactly("1", "cán bộ", "40", "1", "200");
    assertNothingInjected();
    assertThat(stubbed()).containsExactly("/api/freq?q=c%C3%A1n+b%E1%BB%99&limit=100&fold=0");

    page.driver.executeScript("const s = document.getElementById('freq-by'); s.value = 'year';"
        + "s.dispatchEvent(new Event('change'));");
    page.waitFor(d -> texts(".freq-group h3").contains("Năm: không rõ · 1 bài, 500 từ"));
    page.click("#freq-fold");
    page.waitFor(d -> stubbed().size() == 3);
    assertThat(stubbed().get(2)).isEqualTo("/api/freq?q=c%C3%A1n+b%E1%BB%99&by=year&limit=100&fold=1");
    assertThat(page.byId("freq-csv").getAttribute("href"))
        .endsWith("/api/freq.csv?q=c%C3%A1n+b%E1%BB%99&by=year&limit=100&fold=1");
    assertThat(page.hash()).isEqualTo("q=cán bộ&tab=freq&freq.by=year&fold=1");
    String link = page.one(".freq-group a.word").getAttribute("href");
    // A word of the list is searched as a phrase, with the same filters and tab settings.
    assertThat(link).contains("#q=%22c%C3%A1n+b%E1%BB%99%22&").doesNotContain("tab=");
    page.screenshot("14-freq-contract");
  }

  @Test
  void collocatesTabFollowsTheContractAndNeedsWords() throws Exception {
    page.open("#q=" + enc("cán bộ") + "&tab=collocates&window=3");
    page.waitForVisible("#tab-collocates");
    stub(Map.of("/api/collocates", COLLOCATES));
    page.click(".tab[data-tab='results']");
    page.click(".tab[data-tab='collocates']");
    page.waitForText("collocates-summary", "151 lần");
    assertThat(page.byId("collocates-summary").getText())
        .contains("151 lần", "±3 từ", "log-likelihood", "khớp: folded");
    assertThat(texts("#collocates-table tbody tr:first-child td"))
        .containsExactly("1", "đội ngũ", "20", "25", "88,12", "4,56");
    assertThat(texts("#collocates-table td a.word")).contains("<script>alert(2)</script>");
    assertNothingInjected();
    assertThat(stubbed()).containsExactly(
        "/api/collocates?q=c%C3%A1n+b%E1%BB%99&window=3&min_count=3&limit=50&fold=0");
    assertThat(page.byId("collocates-csv").getAttribute("href"))
        .endsWith("/api/collocates.csv?q=c%C3%A1n+b%E1%BB%99&window=3&min_count=3&limit=50&fold=0");
    page.screenshot("15-collocates-contract");

    page.open("#tab=collocates"); // no words: nothing to collocate with, and no download
    page.waitForText("collocates-summary", "Nhập từ khóa");
    assertThat(page.byId("collocates-csv").isDisplayed()).isFalse();
  }

  @Test
  void anOriginalUrlIsALinkOnlyWhenItIsHttp() throws Exception {
    page.open("");
    Map<String, Object> article = new java.util.HashMap<>(Map.of("id", "a/1", "title", "Tiêu đề",
        "date", "2024-05-06", "source", "Nguồn", "text", "Nội dung bài.",
        "url", "https://example.vn/bai?id=1&x=<b>"));
    Map<String, Object> hostile = new java.util.HashMap<>(article);
    hostile.put("id", "a/2");
    hostile.put("url", "javascript:alert(1)");
    stub(Map.of("/api/articles/a%2F1", article, "/api/articles/a%2F2", hostile));
    page.driver.executeScript("location.hash = '#article=a%2F1'");
    page.waitForVisible("#original-link");
    WebElement original = page.byId("original-link");
    assertThat(original.getAttribute("href")).isEqualTo("https://example.vn/bai?id=1&x=%3Cb%3E");
    assertThat(original.getAttribute("target")).isEqualTo("_blank");
    assertThat(original.getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(page.byId("article-cite").getText())
        .isEqualTo("Trích dẫn: Tiêu đề. Nguồn, 2024-05-06. https://example.vn/bai?id=1&x=%3Cb%3E.");
    page.driver.executeScript("location.hash = '#article=a%2F2'");
    page.waitFor(d -> page.byId("article-cite").getText().contains("mã bài a/2"));
    assertThat(page.all("#original-link")).isEmpty();
    assertNothingInjected();
  }

  @Test
  void kwicDownloadsEveryLineAsCsv() throws Exception {
    page.open("#q=" + enc("Thành ủy") + "&tab=kwic&kwic.sort=right");
    page.waitFor(d -> !page.all("#kwic-table td.match").isEmpty());
    String href = page.byId("kwic-csv").getAttribute("href");
    assertThat(href).contains("/api/kwic.csv?q=Th%C3%A0nh+%E1%BB%A7y&sort=right");
    Assumptions.assumeTrue(endpoint("/api/kwic.csv?q=x"), "/api/kwic.csv has not landed on this branch");
    assertCsv(href, "doc,title,date,source,left,match,right,start,end");
    HttpResponse<String> csv = page.server.get(href.substring(href.indexOf("/api/")));
    assertThat(csv.body().lines().skip(1).count()).isEqualTo(7); // every line, not only the page
  }

  @Test
  void frequencyAndCollocatesTabsOnTheRealEndpoints() throws Exception {
    Assumptions.assumeTrue(endpoint("/api/freq?q=x") && endpoint("/api/collocates?q=x"),
        "/api/freq and /api/collocates have not landed on this branch");
    page.open("#q=" + enc("cán bộ") + "&tab=freq&freq.by=year");
    page.waitFor(d -> !page.all(".freq-group td a.word").isEmpty());
    assertThat(page.byId("freq-summary").getText()).contains("khớp:");
    assertThat(texts(".freq-group h3")).anySatisfy(h -> assertThat(h).startsWith("Năm: 2019"));
    assertCsv(page.byId("freq-csv").getAttribute("href"), "");
    page.screenshot("16-freq-live");

    page.click(".tab[data-tab='collocates']");
    page.waitFor(d -> !page.all("#collocates-table td a.word").isEmpty());
    assertThat(page.byId("collocates-summary").getText()).contains("khớp:", "log-likelihood");
    assertCsv(page.byId("collocates-csv").getAttribute("href"), "");
    page.screenshot("17-collocates-live");
  }
}
