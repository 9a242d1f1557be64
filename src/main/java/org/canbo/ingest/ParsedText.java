package org.canbo.ingest;

import java.util.Map;

/**
 * What a parser extracted from one file, before cleaning: text with one paragraph (or line) per
 * {@code '\n'} and a form feed {@code '\f'} between pages, document properties under the keys in
 * {@link #TITLE} etc. (from HTML meta/og: tags, PDF/DOCX properties), the detected media type, the
 * charset used for text formats, whether the text was cut at the character limit, and quality
 * flags raised while parsing ("cleaning: fallback (...)": see {@link org.canbo.model.SourceFile}).
 */
public record ParsedText(
    String text, Map<String, String> properties, String mediaType, String charset, boolean truncated,
    java.util.List<String> flags) {
  public static final String TITLE = "title";
  public static final String AUTHOR = "author";
  /** Publication or creation date as found (ISO or free text); metadata extraction interprets it. */
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String DESCRIPTION = "description";
  /** The document's own absolute http(s) address, when it states one (HTML canonical link, og:url). */
  public static final String URL = "url";
  /** "true" when some of the text was read by OCR. */
  public static final String OCR = "ocr";
  /** "tcvn3" or "vni" when the text was converted from that legacy font encoding. */
  public static final String LEGACY_ENCODING = "legacy_encoding";

  public ParsedText {
    if (text == null) {
      throw new IllegalArgumentException("parsed text is null");
    }
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    flags = flags == null ? java.util.List.of() : java.util.List.copyOf(flags);
  }

  /** Parsed text without quality flags. */
  public ParsedText(String text, Map<String, String> properties, String mediaType, String charset,
      boolean truncated) {
    this(text, properties, mediaType, charset, truncated, java.util.List.of());
  }
}
