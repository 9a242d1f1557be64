package org.canbo.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import kotlin.text.StringsKt;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The grabber without debug output and with the patterns' loop gives Readability4J's own result:
 * the same article and the same page left behind, on the html-bench pages (where present) and on
 * pages of our own, including one short enough to take all four attempts; the patterns' loops
 * answer as Readability4J's regexes.
 */
class QuietArticleGrabberTest {
  private static final Path BENCH = Path.of("../shared/html-bench/html");

  private static List<String> pages;

  private static synchronized List<String> pages() throws IOException {
    if (pages == null) {
      pages = List.copyOf(readPages());
    }
    return pages;
  }

  private static List<String> readPages() throws IOException {
    List<String> pages = new ArrayList<>();
    pages.add(HtmlPages.wrapped("nav-open", "has-sidebar", 12));
    pages.add(HtmlPages.wrapped("", "post", 3));
    pages.add(HtmlPages.listArticle());
    // Under Readability's 500 chars: every attempt keeps too little, the last one stands.
    pages.add(HtmlPages.head() + "<body><div class=\"sidebar\"><p>" + HtmlPages.esc(HtmlPages.TITLE)
        + "</p></div><div><p>Ngắn, 2 câu.</p></div></body></html>");
    pages.add(HtmlPages.head() + "<body><div> \u00a0<br><hr> </div><div>\u200b</div></body></html>");
    pages.add("<html><body></body></html>");
    if (Files.isDirectory(BENCH)) {
      try (Stream<Path> s = Files.list(BENCH)) {
        for (Path p : s.sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return pages;
  }

  /** The article Readability4J finds with {@code grabber} and {@code regEx}, and the page after. */
  private static String read(String html, RegExUtil regEx, boolean quiet) {
    Document page = Jsoup.parse(html);
    page.outputSettings().prettyPrint(false);
    ReadabilityOptions options = new ReadabilityOptions();
    ArticleGrabber grabber = quiet
        ? new QuietArticleGrabber(options, regEx) : new ArticleGrabber(options, regEx);
    Article article = new Readability4J("http://localhost/", page, options, regEx,
        new Preprocessor(regEx), new MetadataParser(regEx), grabber, new Postprocessor()).parse();
    Element content = article.getArticleContent();
    return (content == null ? "null" : content.outerHtml()) + "\n----\n" + page.outerHtml();
  }

  @Test
  void findsWhatReadability4JFindsAndLeavesThePageAsItDoes() throws IOException {
    RegExUtil stock = stock();
    RegExUtil ours = new ReadabilityPatterns();
    int found = 0;
    for (String html : pages()) {
      String expected = read(html, stock, false);
      assertThat(read(html, ours, true)).isEqualTo(expected);
      found += expected.startsWith("null") ? 0 : 1;
    }
    assertThat(found).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aShortPageTakesEveryAttemptAndKeepsTheLast() {
    String html = HtmlPages.head() + "<body><div><p>Ngắn, 2 câu. Hết.</p></div></body></html>";
    String[] read = read(html, new ReadabilityPatterns(), true).split("\n----\n");
    assertThat(read[0]).contains("<div id=\"readability-page-1\" class=\"page\">")
        .contains("<p>Ngắn, 2 câu. Hết.</p>");
    // Readability4J restores the body from the whole document's HTML: the head ends up in it.
    assertThat(read[1]).contains("<body><meta charset=\"utf-8\"><title>");
  }

  @Test
  void anElementIsEmptyExactlyWhenReadability4JSaysSo() throws IOException {
    RegExUtil regEx = new ReadabilityPatterns();
    ReadabilityOptions options = new ReadabilityOptions();
    QuietArticleGrabber quiet = new QuietArticleGrabber(options, regEx);
    int empty = 0;
    int checked = 0;
    List<String> all = pages();
    // Our six pages (one of them has the empty elements), then a third of the bench's pages:
    // each element's text is long.
    for (int i = 0; i < all.size(); i += i < 6 ? 1 : 3) {
      for (Element e : Jsoup.parse(all.get(i)).select("div, section, header, h1, h2, h3, h4, h5, h6")) {
        boolean expected = StringsKt.isBlank(e.text())
            && (e.children().isEmpty() || e.children().size()
                == e.getElementsByTag("br").size() + e.getElementsByTag("hr").size());
        assertThat(quiet.isElementWithoutContent(e)).as(e.cssSelector()).isEqualTo(expected);
        empty += expected ? 1 : 0;
        checked++;
      }
    }
    assertThat(empty).isPositive().isLessThan(checked);
  }

  @Test
  void classNameTestsAnswerAsTheRegexesDo() throws IOException {
    RegExUtil stock = stock();
    ReadabilityPatterns ours = new ReadabilityPatterns();
    List<String> names = new ArrayList<>(List.of("", "SideBar", "main-COLUMN", "cover-wrap x",
        "coverwrap", "byKline", "BYLINE", "arİicle", "shadowbox", "Ad-Break",
        "h-entry", "hentry", "p-Author", "a b c"));
    for (String html : pages()) {
      for (Element e : Jsoup.parse(html).getAllElements()) {
        names.add(e.className() + " " + e.id());
      }
    }
    for (String n : names) {
      assertThat(ours.isUnlikelyCandidate(n)).as(n).isEqualTo(stock.isUnlikelyCandidate(n));
      assertThat(ours.okMaybeItsACandidate(n)).as(n).isEqualTo(stock.okMaybeItsACandidate(n));
      assertThat(ours.isPositive(n)).as(n).isEqualTo(stock.isPositive(n));
      assertThat(ours.isByline(n)).as(n).isEqualTo(stock.isByline(n));
    }
    assertThat(ours.isUnlikelyCandidate("SideBar")).isTrue();
    assertThat(ours.isByline("byKline")).isFalse();
  }

  private static RegExUtil stock() {
    return new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern,
        RegExUtil.OkMaybeItsACandidateDefaultPattern, RegExUtil.PositiveDefaultPattern,
        RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern,
        RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern,
        RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern,
        RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
        RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
  }

  @Test
  void whiteSpaceRunsCollapseAsTheRegexCollapsesThem() throws IOException {
    Pattern runs = Pattern.compile(RegExUtil.NormalizeDefaultPattern);
    List<String> texts = new ArrayList<>(List.of("", " ", "  ", "a  b", " a b ", "a\t\n\u000bb",
        "a \u00a0 b", "a\u00a0\u00a0b", "end  ", "  start", "x\r\ny", "one two  three   four",
        "Hà  Nội\u2003\u2003x", "\f\f"));
    for (String html : pages()) {
      texts.add(Jsoup.parse(html).wholeText());
    }
    ReadabilityPatterns patterns = new ReadabilityPatterns();
    for (String t : texts) {
      assertThat(patterns.normalize(t)).isEqualTo(runs.matcher(t).replaceAll(" "));
    }
  }
}
