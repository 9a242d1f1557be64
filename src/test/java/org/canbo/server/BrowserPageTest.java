package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.PageSession.enc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canbo.text.Diacritics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page researchers cite from, in headless Chromium: the home page browsing the collection
 * without a query, figure conditions by Vietnamese label, how periods and year-less dates read,
 * article permalinks (restored, in history, in a new tab) with the query's words marked.
 */
class BrowserPageTest {
  static final String QUANG_YEN = "000_7ea46ac1337f9b94";
  static final String KY_ANH = "002_fbd45eba101a796a";
  @TempDir static Path tmp;
  static PageSession page;

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

  private List<String> texts(String css) {
    return page.all(css).stream().map(WebElement::getText).toList();
  }

  @Test
  void homePageBrowsesTheCollectionWithoutAQuery() throws Exception {
    page.open("");
    page.waitForText("summary", "6 bài trong bộ sưu tập");
    page.waitForVisible("#overview-list li");
    assertThat(page.byId("collection").getText()).contains("6 bài", "từ 2018 đến 2023");
    assertThat(page.byId("results-title").getText()).isEqualTo("Bài mới nhất");
    List<String> dates = texts("#results .hit .meta");
    assertThat(dates).hasSize(6);
    assertThat(dates.get(0)).startsWith("2023-07-27");
    assertThat(dates.get(5)).startsWith("06/10 (năm không rõ)"); // no year: last
    assertThat(page.all("#results .snippet mark")).isEmpty();
    assertThat(texts("#overview-list .overview-label")).contains("Luân chuyển", "Kỷ luật");
    assertThat(page.all("#facets .facet")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(page.all("#chart svg .bar")).isNotEmpty();
    assertThat(page.hash()).isEmpty();
    page.screenshot("7-home");

    page.click(".facet-value[data-dim='year'][data-value='2019']");
    page.waitForText("summary", "1 bài khớp bộ lọc");
    assertThat(page.hash()).isEqualTo("facet.year=2019");
    assertThat(page.byId("intro").isDisplayed()).isFalse();
    assertThat(texts("#results .hit-title")).containsExactly("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
    page.click(".tab[data-tab='figures']");
    page.waitFor(d -> !page.all("#figures-table tbody tr td.figure-text").isEmpty());
    assertThat(page.hash()).isEqualTo("facet.year=2019&tab=figures");

    page.open("");
    page.click("#overview-list li[data-category='rotation'] a");
    page.waitForText("summary", "4 bài khớp bộ lọc");
    page.waitFor(d -> !page.all("#figures-table td.figure-text").isEmpty());
    assertThat(texts("#figures-table tbody td:nth-child(4)")).containsOnly("Luân chuyển");
    assertThat(page.byId("csv-link").getAttribute("href")).contains("facet.category=rotation")
        .doesNotContain("q=");
    page.screenshot("8-browse-category-figures");
  }

  @Test
  void figureConditionsTakeVietnameseCategoryLabels() throws Exception {
    page.open("");
    page.waitForText("summary", "6 bài");
    page.byId("figure-input").sendKeys("luân chuyển>=50", Keys.ENTER);
    page.waitForText("summary", "2 bài khớp bộ lọc");
    assertThat(page.byId("active-filters").getText()).contains("Số liệu: luân chuyển>=50");
    page.click(".tab[data-tab='figures']");
    page.waitFor(d -> !page.all("#figures-table td.figure-text").isEmpty());
    List<WebElement> rows = page.all("#figures-table tbody tr");
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Luân chuyển"));
    page.screenshot("9-figure-condition-label");

    page.byId("figure-input").sendKeys("luân chuyến cán bộ>=5", Keys.ENTER);
    page.waitForVisible("#error");
    assertThat(page.byId("error").getText()).contains("unknown figure category", "rotation (luân chuyển)");
    assertThat(page.byId("active-filters").getText()).doesNotContain("cán bộ>=5");
  }

  @Test
  void periodsWithAnUnknownStartAndYearlessDatesSayWhatIsUnknown() throws Exception {
    page.open("#facet.category=training&tab=figures");
    page.waitFor(d -> texts("#figures-table td.figure-text").contains("99 lớp"));
    WebElement row = page.all("#figures-table tbody tr").stream()
        .filter(r -> r.getText().contains("99 lớp")).findFirst().orElseThrow();
    WebElement period = row.findElement(org.openqa.selenium.By.cssSelector("td.period"));
    assertThat(period.getText()).isEqualTo("… – 2019-05-30");
    assertThat(period.getAttribute("title")).isEqualTo("Từ đầu nhiệm kỳ đại hội Đảng đến nay");
    assertThat(texts("#figures-table td.period")).doesNotContain("2019-05-30");
    page.screenshot("10-periods");

    page.open("#article=" + KY_ANH);
    page.waitForVisible("#article-text");
    assertThat(page.byId("article-meta").getText()).startsWith("06/10 (năm không rõ) · Baohatinh.vn");
    page.open("#q=" + enc("Kỳ Anh"));
    page.waitFor(d -> !page.all("#results .hit").isEmpty());
    assertThat(page.one("#results .hit .meta").getText()).startsWith("06/10 (năm không rõ)");
    page.screenshot("11-yearless-date");
  }

  @Test
  void aPermalinkRestoresTheArticleWithTheQueryWordsMarked() throws Exception {
    page.open("#article=" + QUANG_YEN + "&q=" + enc("luân chuyển"));
    page.waitForVisible("#article-text mark.ann-match");
    assertThat(page.byId("article-title").getText()).isEqualTo("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
    List<String> marked = texts("#article-text mark.ann-match");
    // Each syllable, or the segmented word once the searcher matches words first.
    assertThat(marked).isNotEmpty().allSatisfy(m ->
        assertThat(Diacritics.fold(m).toLowerCase()).isIn("luan", "chuyen", "luan chuyen"));
    assertThat(String.join(" ", marked)).contains("luân", "chuyển");
    assertThat(page.byId("legend-match").isDisplayed()).isTrue();
    assertThat(page.byId("permalink").getAttribute("href"))
        .isEqualTo(page.url("#article=" + QUANG_YEN));
    assertThat(page.all("#original-link")).isEmpty(); // the index has no URL for it
    assertThat(page.byId("article-cite").getText()).startsWith("Trích dẫn: Quảng Yên tập trung")
        .contains("2019-05-30");
    assertThat(page.driver.getTitle()).startsWith("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
    page.screenshot("12-permalink-marked");

    // A figure's offset in the permalink scrolls to it and outlines it.
    page.open("#article=" + QUANG_YEN);
    page.waitForVisible("#article-text .ann-figure");
    assertThat(page.all("#article-text mark")).isEmpty();
    String at = page.one(".ann-list[data-type='figure'] li:nth-child(6) .ann-link").getAttribute("href");
    page.open(at.substring(at.indexOf('#')));
    page.waitForVisible("#article-text .ann-figure.focus");
    assertThat(page.one("#article-text .focus").getText()).isEqualTo("118 cán bộ, công chức, viên chức");
  }

  @Test
  void theArticleMarksTheWordsAsTyped() throws Exception {
    // Diacritics matched as typed arrive with the searcher of the search branch, whose results
    // say their "matching"; before it, "luân chuyển" also marks "chuyên".
    Assumptions.assumeTrue(page.server.get("/api/search?q=x").body().contains("\"matching\""),
        "exact matching of diacritics has not landed on this branch");
    page.open("#article=" + QUANG_YEN + "&q=" + enc("luân chuyển"));
    page.waitForVisible("#article-text mark.ann-match");
    assertThat(texts("#article-text mark.ann-match")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.toLowerCase()).isIn("luân chuyển", "luân", "chuyển"));
    page.open("#article=" + QUANG_YEN + "&q=" + enc("chuyen"));
    page.waitForVisible("#article-text mark.ann-match");
    assertThat(texts("#article-text mark.ann-match")).contains("chuyển", "chuyên"); // no marks typed: every form
  }

  @Test
  void backAndForwardMoveBetweenResultsAndArticle() throws Exception {
    page.open("");
    page.submit("Quảng Yên");
    String summary = page.byId("summary").getText();
    assertThat(page.hash()).isEqualTo("q=Quảng Yên");
    // A real link: middle-click or "open in new tab" gets the same article with the words marked.
    assertThat(page.one("#results .hit-title").getAttribute("href"))
        .isEqualTo(page.url("#article=" + QUANG_YEN + "&q=Qu%E1%BA%A3ng+Y%C3%AAn"));
    page.click("#results .hit-title");
    page.waitForVisible("#article-text mark.ann-match");
    assertThat(page.hash()).isEqualTo("article=" + QUANG_YEN + "&q=Quảng Yên");

    page.driver.navigate().back();
    page.waitForVisible("#results .hit");
    assertThat(page.byId("article-view").isDisplayed()).isFalse();
    assertThat(page.byId("summary").getText()).isEqualTo(summary);
    assertThat(page.byId("q").getAttribute("value")).isEqualTo("Quảng Yên");

    page.driver.navigate().forward();
    page.waitForVisible("#article-text");
    assertThat(page.byId("article-title").getText()).contains("Quảng Yên");
    page.click("#back");
    page.waitForVisible("#results .hit");
    assertThat(page.hash()).isEqualTo("q=Quảng Yên");

    page.driver.navigate().back(); // before the search: the home page
    page.waitForText("summary", "6 bài trong bộ sưu tập");
    assertThat(page.hash()).isEmpty();
  }

  @Test
  void thePermalinkOpensTheArticleInANewTab() throws Exception {
    page.open("#article=" + QUANG_YEN);
    page.waitForVisible("#permalink");
    String first = page.driver.getWindowHandle();
    assertThat(page.byId("permalink").getAttribute("target")).isEqualTo("_blank");
    page.byId("permalink").click();
    page.waitFor(d -> d.getWindowHandles().size() == 2);
    List<String> handles = new ArrayList<>(page.driver.getWindowHandles());
    handles.remove(first);
    page.driver.switchTo().window(handles.get(0));
    try {
      page.waitForVisible("#article-text .ann-figure");
      assertThat(page.byId("article-title").getText()).contains("Quảng Yên");
      assertThat(page.hash()).isEqualTo("article=" + QUANG_YEN);
      page.screenshot("13-permalink-new-tab");
      page.click("#back"); // nothing to go back to in this tab: the home page
      page.waitForText("summary", "6 bài trong bộ sưu tập");
    } finally {
      page.driver.close();
      page.driver.switchTo().window(first);
    }
  }
}
