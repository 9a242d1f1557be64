package org.canbo.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/** Picks the document properties we keep from Tika's metadata, first non-blank key wins. */
final class TikaProperties {
  private TikaProperties() {}

  static Map<String, String> from(Metadata m) {
    Map<String, String> p = new HashMap<>();
    put(p, m, ParsedText.TITLE, "dc:title", "og:title", "title");
    put(p, m, ParsedText.AUTHOR, "dc:creator", "meta:author", "Author", "author");
    put(p, m, ParsedText.DATE, "dcterms:created", "meta:creation-date", "article:published_time",
        "Creation-Date");
    put(p, m, ParsedText.SOURCE, "og:site_name");
    put(p, m, ParsedText.DESCRIPTION, "dc:description", "description", "og:description",
        "dc:subject");
    return p;
  }

  private static void put(Map<String, String> p, Metadata m, String key, String... names) {
    for (String name : names) {
      String value = m.get(name);
      if (value != null && !value.isBlank()) {
        p.put(key, value.strip());
        return;
      }
    }
  }
}
