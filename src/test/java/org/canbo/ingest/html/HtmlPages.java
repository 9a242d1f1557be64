package org.canbo.ingest.html;

import java.io.IOException;
import java.util.List;
import org.canbo.ingest.Fixtures;
import org.jsoup.nodes.Entities;

/** Vietnamese news pages built around the first seed article, for the HTML cleaning tests. */
public final class HtmlPages {
  /** What the extracted text should be: the seed's lines without its "." separators. */
  public static final List<String> ARTICLE = article();
  public static final String TITLE = ARTICLE.get(0);
  public static final String FOOTER =
      "Bản quyền © Báo Quảng Ninh. Giấy phép số 123/GP-BTTTT. Địa chỉ: 71 Lê Thánh Tông, Hạ Long.";
  /** Four long paragraphs of publisher information: Readability prefers them to list items. */
  private static final String PUBLISHER_INFO = "<div class=\"info\">"
      + ("<p>Báo Quảng Ninh là cơ quan của Đảng bộ tỉnh Quảng Ninh, tiếng nói của Đảng bộ, chính "
          + "quyền và nhân dân các dân tộc tỉnh Quảng Ninh, giấy phép số 12/GP-BTTTT, cấp ngày "
          + "1/1/2020, tại Hạ Long.</p>").repeat(4)
      + "</div>";

  private HtmlPages() {}

  private static List<String> article() {
    try {
      return Fixtures.paragraphs(Fixtures.SEED).stream().filter(p -> !".".equals(p)).toList();
    } catch (IOException e) {
      throw new IllegalStateException("seed article unreadable: " + Fixtures.SEED, e);
    }
  }

  static String head() {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(TITLE)
        + " | Báo Quảng Ninh</title><meta property=\"og:site_name\" content=\"Báo Quảng Ninh\">"
        + "</head>";
  }

  /** The article's body paragraphs (all but the headline) in {@code tag} elements. */
  static String paragraphs(String tag, int count) {
    StringBuilder out = new StringBuilder();
    for (String p : ARTICLE.subList(1, Math.min(ARTICLE.size(), count + 1))) {
      out.append('<').append(tag).append('>').append(esc(p)).append("</").append(tag).append('>');
    }
    return out.toString();
  }

  /**
   * A WordPress-style page: site menu, the article inside wrappers with the given classes, a
   * sidebar of links and a footer.
   */
  public static String wrapped(String bodyClass, String wrapperClass, int paragraphs) {
    return head() + "<body class=\"" + bodyClass + "\"><nav class=\"menu\"><ul><li><a href=\"/\">"
        + "Trang chủ</a></li><li><a href=\"/xd-dang\">Xây dựng Đảng</a></li></ul></nav>"
        + "<div class=\"site " + wrapperClass + "\"><div class=\"content-area\"><h1 class=\"title\">"
        + esc(TITLE) + "</h1><div class=\"entry-content\">" + paragraphs("p", paragraphs)
        + "</div><div class=\"comments\">Bình luận (0)</div></div><aside class=\"sidebar\">"
        + "<h3>Tin mới</h3><ul><li><a href=\"/a\">Tin A</a></li><li><a href=\"/b\">Tin B</a></li>"
        + "</ul></aside></div><footer><p>" + esc(FOOTER) + "</p></footer></body></html>";
  }

  /**
   * An article whose paragraphs are list items next to long publisher information: Readability
   * takes the information block (it scores paragraphs, not list items), about a seventh of the
   * page's words, so the cleaner must fall back.
   */
  public static String listArticle() {
    return head() + "<body><nav><a href=\"/\">Trang chủ</a> <a href=\"/kt\">Kinh tế</a></nav>"
        + "<div class=\"content\"><h1>" + esc(TITLE) + "</h1><ul class=\"body\">"
        + paragraphs("li", ARTICLE.size()) + "</ul></div>" + PUBLISHER_INFO + "</body></html>";
  }

  static String esc(String s) {
    return Entities.escape(s);
  }
}
