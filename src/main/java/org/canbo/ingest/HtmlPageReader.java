package org.canbo.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.ingest.html.HtmlTextExtractor;
import org.canbo.ingest.html.PageText;
import org.canbo.model.FailureReason;
import org.canbo.text.Nfc;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: decodes it (BOM, {@code <meta charset>}, else the text detection), takes
 * title, author, date, site, description and the page's own address (canonical link, else
 * {@code og:url}) from the head, and its text from {@link
 * HtmlTextExtractor} (main content, tables as rows, a flagged fallback when too little is kept),
 * cut at the character limit. Thread-safe.
 */
public final class HtmlPageReader {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([-\\w.:]+)", Pattern.CASE_INSENSITIVE);
  static final String MEDIA_TYPE = "text/html";

  private final int maxChars;
  private final HtmlTextExtractor extractor = new HtmlTextExtractor();

  public HtmlPageReader(IngestLimits limits) {
    this.maxChars = limits.maxChars();
  }

  /** Reads the page in {@code bytes}. */
  public ParseOutcome read(byte[] bytes) throws IOException {
    return read(bytes, null);
  }

  /**
   * Reads the page in {@code bytes} whose transport (an HTTP header) declared {@code charset}
   * (null when none): as in browsers, a byte-order mark wins over it and it wins over
   * {@code <meta charset>}.
   */
  public ParseOutcome read(byte[] bytes, String declaredCharset) throws IOException {
    Charset declared = supported(declaredCharset);
    Charset charset = declared != null && TextDecoder.bomCharset(bytes) == null
        ? declared : detectCharset(bytes);
    int skip = charset.equals(TextDecoder.bomCharset(bytes)) ? TextDecoder.bomLength(bytes) : 0;
    String html = Nfc.normalize(new String(bytes, skip, bytes.length - skip, charset));
    Document doc = Jsoup.parse(html);
    Map<String, String> properties = properties(doc);
    PageText page = extractor.extract(doc, properties.get(ParsedText.TITLE));
    if (page.text().isBlank()) {
      return new ParseOutcome.Failure(FailureReason.EMPTY, "no text in body");
    }
    boolean truncated = page.text().length() > maxChars;
    String text = truncated
        ? page.text().substring(0, ParagraphContentHandler.safeCut(page.text(), maxChars))
        : page.text();
    return new ParseOutcome.Success(new ParsedText(
        text, properties, MEDIA_TYPE, charset.name(), truncated, page.flags()));
  }

  /** The charset named, or null when none is named or Java does not know it. */
  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  static Charset detectCharset(byte[] bytes) throws IOException {
    Charset bom = TextDecoder.bomCharset(bytes);
    if (bom != null) {
      return bom;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    // An unknown declared charset is no worse than none: fall back to detection.
    Charset meta = m.find() ? supported(m.group(1)) : null;
    if (meta != null) {
      return meta;
    }
    return TextDecoder.detect(bytes);
  }

  private static Map<String, String> properties(Document doc) {
    Map<String, String> meta = metaContents(doc);
    Map<String, String> p = new HashMap<>();
    put(p, ParsedText.TITLE, meta.get("og:title"), doc.title(), meta.get("dc.title"));
    put(p, ParsedText.AUTHOR, meta.get("author"), meta.get("article:author"),
        meta.get("dc.creator"));
    put(p, ParsedText.DATE, meta.get("article:published_time"), meta.get("pubdate"),
        meta.get("dcterms.created"), meta.get("date"));
    put(p, ParsedText.SOURCE, meta.get("og:site_name"));
    put(p, ParsedText.DESCRIPTION, meta.get("og:description"), meta.get("description"));
    put(p, ParsedText.URL, web(canonical(doc)), web(meta.get("og:url")));
    return p;
  }

  /** The canonical link, made absolute by a {@code <base href>} when relative ("" when it cannot be). */
  private static String canonical(Document doc) {
    Element link = doc.head().selectFirst("link[rel~=(?i)^canonical$][href]");
    return link == null ? null : link.absUrl("href");
  }

  /** An absolute http(s) address, else null: a relative one cannot be resolved without the page's own. */
  private static String web(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    boolean absolute = lower.startsWith("http://") || lower.startsWith("https://");
    return absolute && u.length() > "https://".length() && u.chars().noneMatch(Character::isWhitespace)
        ? u : null;
  }

  /**
   * The head's {@code <meta content>} by lower-cased {@code property} (else {@code name}), the
   * first one of each key: the head is searched once, not once per key looked up.
   */
  private static Map<String, String> metaContents(Document doc) {
    Map<String, String> contents = new HashMap<>();
    for (Element e : doc.head().select("meta[content]")) {
      String key = e.hasAttr("property") ? e.attr("property") : e.attr("name");
      contents.putIfAbsent(key.toLowerCase(Locale.ROOT), e.attr("content"));
    }
    return contents;
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
