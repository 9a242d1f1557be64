package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Reviewing in the page, against a server writing reviews into its own fresh index under a
 * temporary directory: confirm, correct a value (and a refused value named beside the form),
 * reject with a reason, add a figure from a text selection with its offsets, the review queue's
 * shortcuts and progress; a reload shows each state, the CSV reflects it, and a write from a page
 * of another origin is refused.
 */
class BrowserReviewTest {
  private static final String DOC = "000_7ea46ac1337f9b94";
  /** An article where the extractor misses "179 cán bộ" (the total the figures are part of). */
  private static final String MISSED_DOC = "001_8ddd9710a79e22ff";
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

  /** Opens the article and waits for its reviewable figures. */
  private static void openArticle() {
    openArticle(DOC);
  }

  private static void openArticle(String doc) {
    page.open("#article=" + doc);
    page.waitFor(d -> !page.all(figures()).isEmpty());
  }

  private static String figures() {
    return ".ann-list[data-type='figure'] li.review-item";
  }

  /** The figure item of the article list at these offsets. */
  private static String figureAt(JsonNode figure) {
    return figures() + "[data-start='" + figure.get("start").asInt() + "'][data-end='"
        + figure.get("end").asInt() + "']";
  }

  private static JsonNode extracted(int i) throws Exception {
    return page.server.json("/api/articles/" + DOC).get("figures").get(i);
  }

  private static void waitForStatus(String item, String status) {
    page.waitFor(d -> !page.all(item + "[data-status='" + status + "']").isEmpty());
  }

  /** The CSV line of the figure at these offsets in DOC, or null. */
  private static String csvLine(String query, int start, int end) throws Exception {
    return csvLine(DOC, query, start, end);
  }

  private static String csvLine(String doc, String query, int start, int end) throws Exception {
    String csv = page.server.get("/api/export.csv?bom=0" + query).body();
    return csv.lines().filter(l -> l.startsWith(doc + ",") && l.contains("," + start + "," + end + ","))
        .findFirst().orElse(null);
  }

  @Test
  void confirmShowsStatusReviewerAndTimeAndSurvivesAReload() throws Exception {
    JsonNode figure = extracted(0);
    String item = figureAt(figure);
    openArticle();
    assertThat(page.one(item + " .status").getText()).isEqualTo("tự động");
    page.click(item + " button[data-action='confirm']");
    waitForStatus(item, "confirmed");
    assertThat(page.one(item + " .status").getText()).isEqualTo("đã xác nhận");
    assertThat(page.one(item + " .reviewed-by").getText())
        .matches(PageSession.REVIEWER + ", \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    openArticle();
    assertThat(page.one(item).getAttribute("data-status")).isEqualTo("confirmed");
    assertThat(csvLine("", figure.get("start").asInt(), figure.get("end").asInt()))
        .contains(",confirmed," + PageSession.REVIEWER + ",");
  }

  @Test
  void correctingAValueShowsTheFieldAtFaultThenStoresTheNewValue() throws Exception {
    JsonNode figure = extracted(1);
    String item = figureAt(figure);
    int start = figure.get("start").asInt();
    int end = figure.get("end").asInt();
    openArticle();
    page.click(item + " button[data-action='correct']");
    WebElement value = page.one(item + " form input[name='value']");
    assertThat(value.getAttribute("value")).isEqualTo(figure.get("value").asText().replaceAll("\\.0$", ""));
    value.clear();
    value.sendKeys("-5");
    page.click(item + " form button[type='submit']");
    page.waitForVisible(item + " form .review-error");
    assertThat(page.one(item + " form .review-error").getText()).startsWith("fields.value:");
    assertThat(page.all(item + " form label.invalid[data-field='value']")).hasSize(1);

    value = page.one(item + " form input[name='value']");
    value.clear();
    value.sendKeys("77");
    page.click(item + " form button[type='submit']");
    waitForStatus(item, "corrected");

    openArticle();
    assertThat(page.one(item).getAttribute("data-status")).isEqualTo("corrected");
    assertThat(extractedReviewed(start).get("value").asDouble()).isEqualTo(77);
    assertThat(csvLine("", start, end)).contains("," + figure.get("text").asText() + ",77,")
        .contains(",corrected," + PageSession.REVIEWER + ",");
  }

  /** The figure at this start in the article with its reviews applied. */
  private static JsonNode extractedReviewed(int start) throws Exception {
    for (JsonNode f : page.server.json("/api/articles/" + DOC + "?reviewed=1").get("figures")) {
      if (f.get("start").asInt() == start) {
        return f;
      }
    }
    throw new AssertionError("no figure at " + start);
  }

  @Test
  void rejectingWithAReasonStrikesTheItemAndLeavesItOutOfTheCsv() throws Exception {
    JsonNode figure = extracted(2);
    String item = figureAt(figure);
    int start = figure.get("start").asInt();
    int end = figure.get("end").asInt();
    assertThat(csvLine("", start, end)).isNotNull();
    openArticle();
    page.click(item + " button[data-action='reject']");
    page.one(item + " form input[name='note']").sendKeys("không phải số cán bộ");
    page.click(item + " form button[type='submit']");
    waitForStatus(item, "rejected");

    openArticle();
    assertThat(page.one(item).getAttribute("data-status")).isEqualTo("rejected");
    assertThat(page.one(item + " .review-note").getText()).isEqualTo("“không phải số cán bộ”");
    assertThat(page.all("#article-text .ann-rejected")).isNotEmpty();
    assertThat(csvLine("", start, end)).isNull();
    assertThat(csvLine("&include_rejected=1", start, end)).contains(",rejected," + PageSession.REVIEWER + ",");
  }

  @Test
  void selectingTextAndAddingAFigureStoresItsOffsets() throws Exception {
    String text = page.server.json("/api/articles/" + MISSED_DOC).get("text").asText();
    String phrase = "179 cán bộ";
    int start = text.indexOf(phrase);
    assertThat(start).isPositive();
    assertThat(page.server.json("/api/articles/" + MISSED_DOC).get("figures").findValuesAsText("text"))
        .doesNotContain(phrase);
    openArticle(MISSED_DOC);
    page.driver.executeScript("""
        const box = document.getElementById('article-text');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let pos = 0;
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.data.length;
          if (pos <= arguments[0] && arguments[0] < pos + len) range.setStart(n, arguments[0] - pos);
          if (pos < arguments[1] && arguments[1] <= pos + len) range.setEnd(n, arguments[1] - pos);
          pos += len;
        }
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);""", start - 1, start + phrase.length() + 1); // with a space each side
    page.waitForVisible("#selection-tools");
    assertThat(page.byId("selection-text").getText()).isEqualTo(phrase);
    page.click("#selection-tools button[data-add='figure']");
    assertThat(page.one("#selection-form input[name='value']").getAttribute("value")).isEqualTo("179");
    new Select(page.one("#selection-form select[name='category']")).selectByValue("evaluation");
    page.one("#selection-form input[name='unit']").sendKeys("cán bộ");
    page.click("#selection-form button[type='submit']");
    String item = figures() + "[data-start='" + start + "'][data-end='" + (start + phrase.length()) + "']";
    waitForStatus(item, "added");

    openArticle(MISSED_DOC);
    assertThat(page.one(item).getAttribute("data-status")).isEqualTo("added");
    assertThat(csvLine(MISSED_DOC, "", start, start + phrase.length()))
        .contains("," + phrase + ",179,count,,cán bộ,")
        .contains(",evaluation,").contains(",added," + PageSession.REVIEWER + ",");
  }

  @Test
  void theQueueGoesLowestConfidenceFirstWithShortcutsAndProgress() throws Exception {
    // The 2023 article only: the other tests review DOC and MISSED_DOC.
    JsonNode queue = page.server.json("/api/figures?sort=confidence&include_rejected=1&facet.year=2023");
    List<Double> confidences = queue.get("rows").findValuesAsText("confidence").stream()
        .map(Double::valueOf).toList();
    assertThat(confidences).isSorted().hasSizeGreaterThan(2);
    assertThat(queue.get("rows").findValuesAsText("doc")).doesNotContain(DOC, MISSED_DOC);
    long total = queue.get("rows_total").asLong();
    assertThat(queue.get("reviewed").asLong()).isZero();
    String hash = "#facet.year=2023&tab=figures&queue=1";
    page.open(hash);
    page.waitForText("queue-progress", "Đã duyệt 0 / " + total + " số liệu");
    String first = page.byId("queue-card").getAttribute("data-start");
    String doc = page.byId("queue-card").getAttribute("data-doc");
    page.one("body").sendKeys("c");
    page.waitForText("queue-progress", "Đã duyệt 1 / ");
    assertThat(page.byId("queue-card").getAttribute("data-start")).isNotEqualTo(first);
    page.one("body").sendKeys("k");
    page.waitFor(d -> first.equals(page.byId("queue-card").getAttribute("data-start")));
    assertThat(page.one("#queue-card .status").getText()).isEqualTo("đã xác nhận");
    page.one("body").sendKeys("n");
    page.waitFor(d -> !first.equals(page.byId("queue-card").getAttribute("data-start")));
    String second = page.byId("queue-card").getAttribute("data-start");
    page.one("body").sendKeys("r");
    page.waitForText("queue-progress", "Đã duyệt 2 / ");

    JsonNode marks = page.server.json("/api/reviews?doc=" + PageSession.enc(doc)).get("items");
    assertThat(marks).hasSize(2);
    assertThat(marks.findValuesAsText("status")).containsExactlyInAnyOrder("confirmed", "rejected");
    assertThat(marks.findValuesAsText("start")).containsExactlyInAnyOrder(first, second);
    page.open(hash);
    page.waitForText("queue-progress", "Đã duyệt 2 / " + total + " số liệu");

    // e opens the figure in its article; a review there counts once back in the queue.
    String third = "li.review-item[data-start='" + page.byId("queue-card").getAttribute("data-start")
        + "'][data-end='" + page.byId("queue-card").getAttribute("data-end") + "']";
    page.one("body").sendKeys("e");
    page.waitFor(d -> "article".equals(page.view()) && !page.all(third).isEmpty());
    // The article opened scrolled to the figure in the text; its list item may sit under the header.
    page.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", page.one(third));
    page.click(third + " button[data-action='confirm']");
    waitForStatus(third, "confirmed");
    page.click("#back");
    page.waitForText("queue-progress", "Đã duyệt 3 / " + total + " số liệu");
  }

  @Test
  void aWriteFromAPageOfAnotherOriginIsRefused() throws Exception {
    long before = reviewLines();
    JsonNode figure = extracted(3);
    // localhost and 127.0.0.1 are different origins (and sites) on the same server.
    String other = page.server.server.url().replace("127.0.0.1", "localhost");
    page.driver.get(other);
    Object status = page.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], { method: 'POST', credentials: 'include', mode: 'cors',
            headers: { 'Content-Type': 'application/json' }, body: arguments[1] })
          .then(r => done(r.status), e => done('blocked: ' + e.message));""",
        page.server.server.url().replaceAll("/$", "") + "/api/reviews",
        "{\"doc\":\"" + DOC + "\",\"type\":\"figure\",\"start\":" + figure.get("start").asInt()
            + ",\"end\":" + figure.get("end").asInt() + ",\"action\":\"reject\"}");
    Object noCors = page.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], { method: 'POST', credentials: 'include', mode: 'no-cors',
            headers: { 'Content-Type': 'text/plain' }, body: arguments[1] })
          .then(r => done(r.type), e => done('blocked: ' + e.message));""",
        page.server.server.url().replaceAll("/$", "") + "/api/reviews", "{}");
    assertThat(String.valueOf(status)).startsWith("blocked");
    assertThat(String.valueOf(noCors)).isIn("opaque", "blocked: Failed to fetch");
    assertThat(reviewLines()).isEqualTo(before);
  }

  private static long reviewLines() throws Exception {
    Path journal = page.server.index.resolve("reviews.jsonl");
    return Files.exists(journal) ? Files.readAllLines(journal).size() : 0;
  }
}
