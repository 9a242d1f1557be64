package org.canbo.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prepares an HTML page for Tika: decodes it (BOM, {@code <meta charset>}, else the text
 * detection), keeps the article or main element, strips navigation and other boilerplate, and
 * reads title, author, date, site and description from the head.
 */
final class HtmlPreprocessor {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([-\\w.:]+)", Pattern.CASE_INSENSITIVE);
  private static final String BOILERPLATE_TAGS =
      "nav, header, footer, aside, menu, form, script, style, noscript, iframe";
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "(?:^|[\\s_-])(?:menu|nav|breadcrumb|footer|sidebar|share|social|comment|related|banner"
          + "|advert|login|search)",
      Pattern.CASE_INSENSITIVE);

  /** UTF-8 HTML ready for Tika, the properties read from the head, and the source charset. */
  record Prepared(String html, Map<String, String> properties, Charset charset) {}

  private HtmlPreprocessor() {}

  static Prepared prepare(byte[] bytes) throws IOException {
    Charset charset = detectCharset(bytes);
    int skip = charset.equals(TextDecoder.bomCharset(bytes)) ? TextDecoder.bomLength(bytes) : 0;
    String html = Normalizer.normalize(
        new String(bytes, skip, bytes.length - skip, charset), Normalizer.Form.NFC);
    Document doc = Jsoup.parse(html);
    Map<String, String> properties = properties(doc);
    keepMainContent(doc);
    stripBoilerplate(doc);
    // The text is already decoded; tell Tika so instead of letting it guess again.
    doc.head().select("meta[charset], meta[http-equiv]").remove();
    doc.head().prependElement("meta").attr("charset", "UTF-8");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    return new Prepared(doc.outerHtml(), properties, charset);
  }

  static Charset detectCharset(byte[] bytes) throws IOException {
    Charset bom = TextDecoder.bomCharset(bytes);
    if (bom != null) {
      return bom;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1).trim());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // An unknown declared charset is no worse than none: fall back to detection.
      }
    }
    return TextDecoder.detect(bytes);
  }

  private static void keepMainContent(Document doc) {
    Element main = doc.select("article").stream()
        .max(Comparator.comparingInt(e -> e.text().length()))
        .orElseGet(() -> doc.selectFirst("main, [role=main]"));
    if (main == null) {
      return;
    }
    // A page-level <header> holds the site menu; the one inside the article holds its title.
    main.select("header").unwrap();
    doc.body().empty().appendChild(main);
  }

  private static void stripBoilerplate(Document doc) {
    doc.body().select(BOILERPLATE_TAGS).remove();
    for (Element e : doc.body().select("[id], [class]")) {
      if (e.parent() == null || "article".equals(e.tagName()) || "main".equals(e.tagName())) {
        continue;
      }
      String names = e.id() + " " + e.className();
      if (BOILERPLATE_NAME.matcher(names).find()) {
        e.remove();
      }
    }
  }

  private static Map<String, String> properties(Document doc) {
    Map<String, String> p = new HashMap<>();
    put(p, ParsedText.TITLE, meta(doc, "og:title"), doc.title(), meta(doc, "dc.title"));
    put(p, ParsedText.AUTHOR, meta(doc, "author"), meta(doc, "article:author"),
        meta(doc, "dc.creator"));
    put(p, ParsedText.DATE, meta(doc, "article:published_time"), meta(doc, "pubdate"),
        meta(doc, "dcterms.created"), meta(doc, "date"));
    put(p, ParsedText.SOURCE, meta(doc, "og:site_name"));
    put(p, ParsedText.DESCRIPTION, meta(doc, "og:description"), meta(doc, "description"));
    return p;
  }

  private static String meta(Document doc, String name) {
    for (Element e : doc.head().select("meta[content]")) {
      String key = e.hasAttr("property") ? e.attr("property") : e.attr("name");
      if (key.toLowerCase(Locale.ROOT).equals(name)) {
        return e.attr("content");
      }
    }
    return null;
  }

  private static void put(Map<String, String> p, String key, String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        p.put(key, c.strip());
        return;
      }
    }
  }
}
