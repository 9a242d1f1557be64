package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.PageSession.enc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page on a 420 px wide phone (emulated as a mobile viewport): in every view nothing sticks
 * out of the screen (wide tables scroll inside their own box) and the main controls are on
 * screen, large enough to tap, and work.
 */
class BrowserNarrowTest {
  static final int WIDTH = 420;
  static final String QUANG_YEN = BrowserPageTest.QUANG_YEN;
  @TempDir static Path tmp;
  static PageSession page;

  /**
   * Visible elements reaching past the viewport's left or right edge, as "tag#id.class left..right";
   * elements inside a box that scrolls or clips horizontally are that box's business, not the page's.
   */
  static final String OVERFLOWING = """
      const width = document.documentElement.clientWidth;
      const inScroller = e => {
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
        }
        return false;
      };
      const out = [];
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
        if ((r.left < -1 || r.right > width + 1) && !inScroller(e)) {
          out.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`
            + `${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''}`
            + ` ${Math.round(r.left)}..${Math.round(r.right)}`);
        }
      }
      if (document.documentElement.scrollWidth > width) out.push('page scrolls sideways: '
        + document.documentElement.scrollWidth + ' > ' + width);
      return out;""";

  @BeforeAll
  static void start() throws Exception {
    page = PageSession.start(tmp);
    page.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", WIDTH, "height", 860, "deviceScaleFactor", 1, "mobile", true));
  }

  @AfterAll
  static void stop() throws Exception {
    if (page != null) {
      page.close();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> overflowing() {
    return (List<String>) page.driver.executeScript(OVERFLOWING);
  }

  /** Asserts the element is displayed, inside the viewport's width and at least 24 px tall. */
  private static void assertReachable(String css) {
    assertThat(page.all(css)).as(css).isNotEmpty().allSatisfy(e -> {
      assertThat(e.isDisplayed()).as(css + " displayed").isTrue();
      var r = e.getRect();
      assertThat(r.getX()).as(css + " left").isGreaterThanOrEqualTo(0);
      assertThat(r.getX() + r.getWidth()).as(css + " right").isLessThanOrEqualTo(WIDTH);
      assertThat(r.getHeight()).as(css + " height").isGreaterThanOrEqualTo(24);
    });
  }

  private static void assertFits(String view) throws Exception {
    assertThat(overflowing()).as(view).isEmpty();
    page.screenshot("narrow-" + view);
  }

  @Test
  void theViewportIsAPhone() {
    page.open("");
    assertThat(page.driver.executeScript("return document.documentElement.clientWidth"))
        .isEqualTo((long) WIDTH);
    // The overflow check itself: a box wider than the screen is named, one in a scroller is not.
    page.driver.executeScript("""
        const wide = document.createElement('div');
        wide.id = 'too-wide';
        wide.style.width = '600px';
        wide.style.height = '5px';
        document.body.append(wide);
        const scroller = document.createElement('div');
        scroller.style.overflowX = 'auto';
        scroller.innerHTML = '<div id="scrolled" style="width:900px;height:5px"></div>';
        document.body.append(scroller);""");
    assertThat(overflowing()).anySatisfy(o -> assertThat(o).startsWith("div#too-wide 0..600"))
        .noneSatisfy(o -> assertThat(o).contains("scrolled"));
  }

  @Test
  void homeAndFiltersFitAndTheControlsAreInReach() throws Exception {
    page.open("");
    page.waitForVisible("#overview-list li");
    assertReachable("#q");
    assertReachable("#sort");
    assertReachable("#search-button");
    assertReachable("#filters-toggle");
    assertThat(page.byId("figure-input").isDisplayed()).isFalse(); // folded away until asked
    assertFits("1-home");

    page.click("#filters-toggle");
    page.waitForVisible("#figure-input");
    page.waitForVisible("#facets .facet-value");
    assertReachable("#figure-input");
    assertFits("2-filters-open");
    page.click(".facet-value[data-dim='year'][data-value='2019']");
    page.waitForText("summary", "1 bài khớp bộ lọc");

    page.submit("cán bộ");
    assertReachable(".tab");
    assertThat(page.all(".tab")).hasSize(5);
    assertReachable("#results .hit-title");
    assertFits("3-results");
  }

  @Test
  void everyTabFitsWithItsTableScrollingInsideItsBox() throws Exception {
    page.open("#q=" + enc("cán bộ") + "&tab=figures");
    page.waitFor(d -> !page.all("#figures-table td.figure-text").isEmpty());
    assertReachable("#csv-link");
    assertFits("4-figures");

    page.click(".tab[data-tab='kwic']");
    page.waitFor(d -> !page.all("#kwic-table td.match").isEmpty());
    assertReachable("#kwic-sort");
    assertReachable("#kwic-csv");
    assertFits("5-kwic");
    // A concordance line reads across the screen: no sideways scrolling, the match on screen and
    // the left context cut at its start, so its last words (next to the match) show.
    @SuppressWarnings("unchecked")
    Map<String, Object> kwic = (Map<String, Object>) page.driver.executeScript("""
        const wrap = document.querySelector('#tab-kwic .table-wrap');
        const row = document.querySelector('#kwic-table tr');
        const left = row.querySelector('td.left'), span = left.querySelector('span');
        const pad = parseFloat(getComputedStyle(left).paddingRight);
        return { scrolls: wrap.scrollWidth > wrap.clientWidth,
          matchRight: row.querySelector('td.match').getBoundingClientRect().right,
          leftTextEnd: left.getBoundingClientRect().right - pad - span.getBoundingClientRect().right,
          leftCut: span.getBoundingClientRect().width > left.clientWidth };""");
    assertThat(kwic).containsEntry("scrolls", false);
    assertThat(((Number) kwic.get("matchRight")).doubleValue()).isLessThanOrEqualTo(WIDTH);
    assertThat(((Number) kwic.get("leftTextEnd")).doubleValue()).isBetween(-1.0, 1.0);
    assertThat(kwic).containsEntry("leftCut", true); // the seed's contexts are longer than a third of a phone

    page.stub(Map.of("/api/freq", BrowserTabsTest.FREQ, "/api/collocates", BrowserTabsTest.COLLOCATES));
    page.click(".tab[data-tab='freq']");
    page.waitFor(d -> page.all(".freq-group").size() == 2);
    assertReachable("#freq-by");
    assertReachable("#freq-csv");
    assertFits("6-freq");

    page.click(".tab[data-tab='collocates']");
    page.waitFor(d -> !page.all("#collocates-table td a.word").isEmpty());
    assertReachable("#coll-window");
    assertReachable("#collocates-csv");
    assertFits("7-collocates");
  }

  @Test
  void theArticleFitsWithItsLinksInReach() throws Exception {
    page.open("#article=" + QUANG_YEN + "&q=" + enc("luân chuyển"));
    page.waitForVisible("#article-text mark.ann-match");
    assertReachable("#back");
    assertReachable("#permalink");
    assertFits("8-article");
    page.click("#back");
    page.waitForVisible("#results .hit");
    assertFits("9-back-to-results");
  }

  @Test
  void theReviewFormsAndTheQueueFitWithTheirButtonsInReach() throws Exception {
    page.open("#article=" + QUANG_YEN);
    String item = ".ann-list[data-type='figure'] li.review-item";
    page.waitForVisible(item);
    assertReachable(item + " button[data-action='confirm']");
    assertReachable(item + " button[data-action='reject']");
    page.click(item + " button[data-action='correct']");
    page.waitForVisible(item + " form.review-form");
    assertReachable(item + " form input[name='value']");
    assertReachable(item + " form button[type='submit']");
    assertFits("10-review-form");
    page.open("#tab=figures&queue=1");
    page.waitForText("queue-progress", "Đã duyệt");
    assertReachable("#queue-toggle");
    assertReachable(".queue-buttons button");
    assertFits("11-review-queue");
  }
}
