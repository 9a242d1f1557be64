package org.canbo.ingest.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds a page's main content with Readability4J, a port of Mozilla's Readability (the scoring
 * of paragraphs by text, commas and class names that Firefox's reader view uses). It rewrites
 * the document it reads; callers read what they need from the page first. Thread-safe: the
 * stateless parts are shared, the stateful grabber is made per page.
 */
final class ReadabilityExtractor {
  /** Only for resolving relative links, which the text never shows. */
  private static final String BASE_URI = "http://localhost/";

  private final ReadabilityOptions options = new ReadabilityOptions();
  private final RegExUtil regEx = new ReadabilityPatterns();
  private final FormKeepingPreprocessor preprocessor = new FormKeepingPreprocessor(regEx);
  private final MetadataParser metadata = new MetadataParser(regEx);
  private final Postprocessor postprocessor = new Postprocessor();

  /** The main content, or null when Readability found none (or failed on this page). */
  Element mainContent(Document page) {
    try {
      // Readability keeps the page's HTML to restore between attempts, as Readability.js keeps
      // innerHTML: unindented, as there, and cheaper to write and re-read.
      page.outputSettings().prettyPrint(false);
      Article article = new Readability4J(BASE_URI, page, options, regEx, preprocessor, metadata,
          new QuietArticleGrabber(options, regEx), postprocessor).parse();
      return article.getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      // A page Readability cannot handle loses nothing: the caller falls back to visible text.
      return null;
    }
  }

  /**
   * Readability4J deletes every {@code <form>} before scoring, which Readability.js does not:
   * ASP.NET pages (many Vietnamese government portals) wrap the whole body in one form, and
   * lost their article to it. Forms are left in place; their controls are never text anyway.
   */
  private static final class FormKeepingPreprocessor extends Preprocessor {
    FormKeepingPreprocessor(RegExUtil regEx) {
      super(regEx);
    }

    @Override
    protected void removeForms(Document document) {
      // Keep forms: see the class comment.
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {
      // See QuietArticleGrabber.
    }
  }
}
