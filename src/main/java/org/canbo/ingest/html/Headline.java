package org.canbo.ingest.html;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline as printed in the page: the first {@code <h1>} that the page
 * title names (titles read "Headline | Site" or "Site - Headline"). Readability drops {@code
 * <h1>}s and news themes put the headline outside the body, yet plain-text, PDF and DOCX
 * versions of an article start with it, and so should the HTML one.
 */
final class Headline {
  private Headline() {}

  /** The headline, or null when no {@code <h1>} matches {@code title} (which may be null). */
  static String find(Document page, String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String key = key(title);
    for (Element h1 : page.body().select("h1")) {
      String text = h1.text().strip();
      String h1Key = key(text);
      if (!h1Key.isEmpty() && (key.contains(h1Key) || h1Key.contains(key))) {
        return text;
      }
    }
    return null;
  }

  /** True when {@code text} has a line equal to the headline (ignoring case and spacing). */
  static boolean hasLine(String text, String headline) {
    String key = key(headline);
    return text.lines().anyMatch(line -> key(line).equals(key));
  }

  private static String key(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
