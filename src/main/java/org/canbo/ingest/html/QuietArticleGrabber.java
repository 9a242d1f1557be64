package org.canbo.ingest.html;

import java.util.ArrayList;
import java.util.List;
import kotlin.Pair;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability4J's article grabber, minus work whose result it throws away: its debug lines, which
 * wrote the article out as HTML three times per attempt whether logged or not, and the copy of the
 * page it keeps to start again when an attempt keeps too little, now written out only then. The
 * attempts, their order and what each returns are Readability4J 1.0.8's. Made per page.
 *
 * <p>{@link #grabArticle} is derived from Readability4J's (dankito/Readability4J, Apache License
 * 2.0, itself a port of Mozilla's Readability.js).
 */
final class QuietArticleGrabber extends ArticleGrabber {
  private static final String PAGE_ID = "readability-page-1";

  QuietArticleGrabber(ReadabilityOptions options, RegExUtil regEx) {
    super(options, regEx);
  }

  /** Readability4J's {@code grabArticle}, statement for statement, without the debug output. */
  @Override
  public Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions options,
      Element pageElement) {
    boolean isPaging = pageElement != null;
    Element page = pageElement != null ? pageElement : doc.body();
    if (page == null) {
      return null;
    }
    // Readability4J keeps doc.html() (the whole document, head included) and sets the body to it
    // before each new attempt; a copy of the document written out then gives the same HTML.
    Document pageCache = doc.clone();
    while (true) {
      List<Element> elementsToScore = prepareNodes(doc, options);
      List<Element> candidates = scoreElements(elementsToScore, options);
      Pair<Element, Boolean> top = getTopCandidate(page, candidates, options);
      Element topCandidate = top.getFirst();
      boolean neededToCreateTopCandidate = top.getSecond();
      Element articleContent = createArticleContent(doc, topCandidate, isPaging);
      prepArticle(articleContent, options, metadata);
      if (neededToCreateTopCandidate) {
        topCandidate.attr("id", PAGE_ID);
        topCandidate.addClass("page");
      } else {
        Element div = doc.createElement("div");
        div.attr("id", PAGE_ID);
        div.addClass("page");
        for (Node child : new ArrayList<>(articleContent.childNodes())) {
          child.remove();
          div.appendChild(child);
        }
        articleContent.appendChild(div);
      }
      int textLength = getInnerText(articleContent, getRegEx(), true).length();
      boolean enough = textLength >= getWordThreshold();
      if (enough || !retry(page, pageCache, options)) {
        if (!enough && textLength <= 0) {
          return null; // the last attempt kept nothing either
        }
        getTextDirection(topCandidate, doc);
        return articleContent;
      }
    }
  }

  /**
   * Restores the page and relaxes the next option still on, in Readability's order; false when
   * none is left (the last attempt stands).
   */
  private static boolean retry(Element page, Document pageCache, ArticleGrabberOptions options) {
    page.html(pageCache.html());
    if (options.getStripUnlikelyCandidates()) {
      options.setStripUnlikelyCandidates(false);
    } else if (options.getWeightClasses()) {
      options.setWeightClasses(false);
    } else if (options.getCleanConditionally()) {
      options.setCleanConditionally(false);
    } else {
      return false;
    }
    return true;
  }

  /**
   * Readability4J asks whether {@code node.text()} is blank, building the text of the whole
   * subtree (every wrapper div, each time): a letter or digit anywhere under it answers no at
   * once, since the text keeps every one; otherwise Readability4J's own test decides.
   */
  @Override
  protected boolean isElementWithoutContent(Element node) {
    return !hasLetterOrDigit(node) && super.isElementWithoutContent(node);
  }

  static boolean hasLetterOrDigit(Element root) {
    boolean[] found = new boolean[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t && hasLetterOrDigit(t.getWholeText())) {
          found[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return found[0];
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void logNodeInfo(Node node, String reason) {
    // Readability4J writes out every node it removes for a debug line: the text is never needed.
  }
}
