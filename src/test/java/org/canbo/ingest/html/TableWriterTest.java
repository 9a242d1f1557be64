package org.canbo.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.canbo.ingest.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  private final BlockTextWriter writer = new BlockTextWriter(e -> false);

  private String write(String html) {
    return writer.write(Jsoup.parse(html).body()).text();
  }

  @Test
  void headerRowsMergePerColumnAndBodyRowsKeepTheirColumns() {
    String text = write("<table><caption>Cán bộ luân chuyển</caption><thead>"
        + "<tr><th rowspan=\"2\">Đơn vị</th><th colspan=\"2\">Số cán bộ</th></tr>"
        + "<tr><th>2019</th><th>2020</th></tr></thead><tbody>"
        + "<tr><td>Huyện Cao Lộc</td><td>9</td><td>12</td></tr>"
        + "<tr><td>Thị xã Quảng Yên</td><td>10</td><td></td></tr>"
        + "<tr><td colspan=\"2\">Tổng</td><td>12</td></tr></tbody></table>");
    assertThat(text).isEqualTo("""
        Cán bộ luân chuyển
        Đơn vị | Số cán bộ / 2019 | Số cán bộ / 2020
        Huyện Cao Lộc | 9 | 12
        Thị xã Quảng Yên | 10 | \n\
        Tổng |  | 12""");
  }

  @Test
  void withoutThTheFirstRowIsTheHeaderAndCellParagraphsJoin() {
    String text = write("<table><tr><td><p><strong>STT</strong></p></td><td><p>Chức danh</p>"
        + "<p>(đương nhiệm)</p></td><td>Số lượng</td></tr><tr><td>1</td><td>Bí thư</td><td>5</td>"
        + "</tr><tr><td>2</td><td>Phó Bí thư</td><td>7</td></tr></table>");
    assertThat(text.lines()).containsExactly(
        "STT | Chức danh (đương nhiệm) | Số lượng", "1 | Bí thư | 5", "2 | Phó Bí thư | 7");
  }

  @Test
  void leadingThRowsAreTheHeaderAndABodyRowspanIsWrittenOnce() {
    String text = write("<table><tr><th>Tỉnh</th><th>Huyện</th><th>Số</th></tr>"
        + "<tr><td rowspan=\"2\">Lạng Sơn</td><td>Cao Lộc</td><td>9</td></tr>"
        + "<tr><td>Lộc Bình</td><td>4</td></tr></table>");
    assertThat(text.lines()).containsExactly(
        "Tỉnh | Huyện | Số", "Lạng Sơn | Cao Lộc | 9", " | Lộc Bình | 4");
  }

  @Test
  void layoutTablesAndSingleColumnTablesAreWrittenAsParagraphs() {
    String nested = write("<table><tr><td>Menu</td><td><table><tr><td>a</td><td>b</td></tr>"
        + "</table><p>Đoạn văn.</p></td></tr></table>");
    // The outer table lays out the page; the inner one holds data.
    assertThat(nested.lines()).containsExactly("Menu", "a | b", "Đoạn văn.");
    String photo = write("<table class=\"image\"><tr><td><img src=\"x.jpg\"></td></tr>"
        + "<tr><td>Ảnh: Nguyễn Chiến</td></tr></table>");
    assertThat(photo).isEqualTo("Ảnh: Nguyễn Chiến");
    Element presentational = Jsoup.parse("<table role=\"presentation\"><tr><td>a</td><td>b</td>"
        + "</tr></table>").selectFirst("table");
    assertThat(TableWriter.isDataTable(presentational)).isFalse();
  }

  @Test
  void tablesInAnArticleSurviveMainContentExtraction() {
    String table = "<table><thead><tr><th>Chức danh</th><th>Số lượng</th></tr></thead><tbody>"
        + "<tr><td>Bí thư</td><td>5</td></tr><tr><td>Phó Bí thư</td><td>7</td></tr></tbody></table>";
    String html = HtmlPages.head() + "<body><div class=\"detail\"><h1>"
        + HtmlPages.esc(HtmlPages.TITLE) + "</h1>" + HtmlPages.paragraphs("p", 4) + table
        + "<p>" + HtmlPages.esc(HtmlPages.ARTICLE.get(5)) + "</p></div></body></html>";
    PageText page = new HtmlTextExtractor().extract(Jsoup.parse(html), HtmlPages.TITLE);
    assertThat(Fixtures.lines(page.text())).containsSubsequence(
        HtmlPages.ARTICLE.get(4), "Chức danh | Số lượng", "Bí thư | 5", "Phó Bí thư | 7",
        HtmlPages.ARTICLE.get(5));
    assertThat(page.flags()).isEmpty();
  }
}
