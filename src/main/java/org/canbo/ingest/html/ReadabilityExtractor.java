package org.canbo.ingest.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's main content with Readability4J, a port of Mozilla's Readability (the scoring
 * of paragraphs by text, commas and class names that Firefox's reader view uses). It rewrites
 * the document it reads; callers read what they need from the page first.
 */
final class ReadabilityExtractor {
  /** Only for resolving relative links, which the text never shows. */
  private static final String BASE_URI = "http://localhost/";

  /** The main content, or null when Readability found none (or failed on this page). */
  Element mainContent(Document page) {
    try {
      Article article = new Readability4J(BASE_URI, page).parse();
      return article.getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      // A page Readability cannot handle loses nothing: the caller falls back to visible text.
      return null;
    }
  }
}
