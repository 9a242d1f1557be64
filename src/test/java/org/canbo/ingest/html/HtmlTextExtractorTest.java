package org.canbo.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.canbo.ingest.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlTextExtractorTest {
  private static final String FLAG =
      "cleaning: fallback \\(kept (\\d+)% of the page's visible text\\)";
  private final HtmlTextExtractor extractor = new HtmlTextExtractor();

  private PageText extract(String html) {
    return extractor.extract(Jsoup.parse(html), HtmlPages.TITLE + " | Báo Quảng Ninh");
  }

  /** The class names that made the old jsoup rules delete the article, alone and together. */
  @ParameterizedTest
  @CsvSource({
      "'', has-sidebar, 99", "nav-open, '', 99", "'', detail-with-comments, 99",
      "nav-open, has-sidebar detail-with-comments, 99",
      "nav-open, has-sidebar, 2", "'', detail-with-comments, 1"})
  void wrapperClassNamesNeverCostTheArticle(String bodyClass, String wrapperClass, int paragraphs) {
    PageText page = extract(HtmlPages.wrapped(bodyClass, wrapperClass, paragraphs));
    List<String> expected =
        HtmlPages.ARTICLE.subList(0, Math.min(HtmlPages.ARTICLE.size(), paragraphs + 1));
    if (paragraphs > expected.size()) {
      assertThat(Fixtures.lines(page.text())).isEqualTo(expected);
    } else {
      // A short article may bring a neighbour along (Readability's retry), never lose itself.
      assertThat(Fixtures.lines(page.text())).containsSubsequence(expected)
          .doesNotContain(HtmlPages.FOOTER);
    }
    assertThat(page.flags()).isEmpty();
  }

  @Test
  void anAspNetFormAroundTheBodyKeepsTheArticle() {
    String html = HtmlPages.head() + "<body><form id=\"aspnetForm\" method=\"post\">"
        + "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"><div class=\"news\"><h1>"
        + HtmlPages.esc(HtmlPages.TITLE) + "</h1>" + HtmlPages.paragraphs("p", 99)
        + "</div></form></body></html>";
    PageText page = extract(html);
    assertThat(Fixtures.lines(page.text())).isEqualTo(HtmlPages.ARTICLE);
    assertThat(page.flags()).isEmpty();
  }

  @Test
  void mainContentKeepingTooLittleFallsBackToTheVisibleTextAndFlagsIt() {
    PageText page = extract(HtmlPages.listArticle());
    assertThat(page.flags()).singleElement().asString().matches(FLAG);
    int kept = Integer.parseInt(page.flags().get(0).replaceAll(FLAG, "$1"));
    assertThat(kept).isLessThan(HtmlTextExtractor.MIN_KEPT_PERCENT);
    assertThat(Fixtures.lines(page.text())).containsSubsequence(HtmlPages.ARTICLE)
        .doesNotContain("Trang chủ Kinh tế");
  }

  @Test
  void aLongCommentThreadUnderAShortPostIsNotCountedAsThePagesText() {
    StringBuilder thread = new StringBuilder("<section id=\"comments\"><ol class=\"comment-list\">");
    for (int i = 0; i < 400; i++) {
      thread.append("<li class=\"comment\"><p>Bạn đọc số ").append(i)
          .append(" cho rằng bài viết rất hay, cần có thêm nhiều bài phân tích như thế này nữa.</p></li>");
    }
    thread.append("</ol></section>");
    String html = HtmlPages.head() + "<body><div class=\"detail-with-comments\"><article><h1>"
        + HtmlPages.esc(HtmlPages.TITLE) + "</h1>" + HtmlPages.paragraphs("p", 99) + "</article>"
        + thread + "</div></body></html>";
    PageText page = extract(html);
    assertThat(page.flags()).isEmpty();
    assertThat(Fixtures.lines(page.text())).isEqualTo(HtmlPages.ARTICLE);
    assertThat(PageFilters.isComments(org.jsoup.Jsoup.parse(
        "<div class=\"detail-with-comments\"></div>").selectFirst("div"))).isFalse();
  }

  /** The old failure itself: a cleaner that keeps only the footer is caught, whatever its cause. */
  @Test
  void aCleanerKeepingOnlyTheFooterIsCaught() {
    HtmlTextExtractor footerOnly = new HtmlTextExtractor(doc -> doc.selectFirst("footer"));
    PageText page = footerOnly.extract(
        Jsoup.parse(HtmlPages.wrapped("", "has-sidebar", 99)), HtmlPages.TITLE);
    assertThat(page.flags()).singleElement().asString().matches(FLAG);
    assertThat(Fixtures.lines(page.text())).containsSubsequence(HtmlPages.ARTICLE)
        .doesNotContain("Trang chủ", "Tin A", HtmlPages.FOOTER);
  }

  @Test
  void noMainContentAtAllFallsBackWithZeroPercent() {
    PageText page = new HtmlTextExtractor(doc -> null)
        .extract(Jsoup.parse(HtmlPages.wrapped("", "", 3)), null);
    assertThat(page.flags()).containsExactly(HtmlTextExtractor.fallbackFlag(0));
    assertThat(page.text()).contains(HtmlPages.ARTICLE.get(3));
  }

  @Test
  void scriptsStylesAndHiddenElementsAreNeverText() {
    String html = HtmlPages.head() + "<body><article><h1>" + HtmlPages.esc(HtmlPages.TITLE)
        + "</h1>" + HtmlPages.paragraphs("p", 99)
        + "<script>var views = 8658;</script><style>p{}</style>"
        + "<div style=\"display: none\">HIDDEN1</div><p hidden>HIDDEN2</p>"
        + "<span aria-hidden=\"true\">HIDDEN3</span><noscript>HIDDEN4</noscript></article></body></html>";
    PageText page = extract(html);
    assertThat(page.text()).doesNotContain("8658", "p{}", "HIDDEN");
    assertThat(Fixtures.lines(page.text())).isEqualTo(HtmlPages.ARTICLE);
  }

  @Test
  void theHeadlineIsNotRepeatedWhenTheContentHasIt() {
    Document doc = Jsoup.parse(HtmlPages.head() + "<body><div class=\"x\"><h2>"
        + HtmlPages.esc(HtmlPages.TITLE) + "</h2>" + HtmlPages.paragraphs("p", 99)
        + "</div><h1>" + HtmlPages.esc(HtmlPages.TITLE) + "</h1></body></html>");
    PageText page = extractor.extract(doc, HtmlPages.TITLE);
    assertThat(page.text().lines().filter(HtmlPages.TITLE::equals)).hasSize(1);
  }
}
