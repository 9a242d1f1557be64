package org.canbo.ingest.html;

import java.util.List;

/**
 * The text of an HTML page as indexed (one paragraph per line, tables as rows) and the quality
 * flags raised while extracting it.
 */
public record PageText(String text, List<String> flags) {
  public PageText {
    if (text == null) {
      throw new IllegalArgumentException("page text is null");
    }
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
