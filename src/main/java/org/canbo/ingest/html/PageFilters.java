package org.canbo.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which elements a reader never sees as text, and which are obviously navigation. Decided from
 * tags, ARIA roles and inline styles only: class names are left to the main-content extractor,
 * because a wrapper named {@code has-sidebar} or {@code nav-open} may hold the whole article.
 */
final class PageFilters {
  /** Elements whose content is not text a reader sees. */
  private static final Set<String> NOT_TEXT = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
      "embed", "audio", "video", "head", "title", "base", "link", "meta", "select", "option", "button", "input",
      "textarea", "datalist", "dialog");
  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
  /** Navigation by tag, wherever it is. */
  private static final Set<String> NAVIGATION_TAGS = Set.of("nav", "menu");
  /** Page furniture by tag, unless inside the article (an article's own header holds its title). */
  private static final Set<String> FURNITURE_TAGS = Set.of("header", "footer", "aside");
  private static final Set<String> NAVIGATION_ROLES = Set.of(
      "navigation", "menu", "menubar", "banner", "contentinfo", "search", "complementary");
  /** Lists that are mostly links (menus, "related" lists) when at least this share is link text. */
  private static final double LINK_LIST_DENSITY = 0.5;

  /**
   * Reader comment sections, by whole class or id names ("comments", "comment-list", WordPress's
   * "respond", Disqus) or schema.org markup — never by substring, since an article wrapper may be
   * named "detail-with-comments".
   */
  private static final Set<String> COMMENT_NAMES = Set.of("comments", "comment-list", "commentlist",
      "comments-area", "comment-section", "comments-section", "comment-respond", "respond",
      "disqus_thread", "user-comments", "binh-luan", "box-comment", "list-comment");

  /** Invisible elements, obvious navigation and reader comments: what the fallback leaves out. */
  static final Predicate<Element> INVISIBLE_OR_NAVIGATION =
      e -> isInvisible(e) || isNavigation(e) || isComments(e);

  private PageFilters() {}

  /**
   * Removes the invisible elements under {@code root}, so that every later reader of the page
   * (Readability strips the {@code style} attributes that hid them) sees what a reader sees.
   */
  static void removeInvisible(Element root) {
    List<Element> invisible = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && node != root && isInvisible(e)) {
          invisible.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    invisible.forEach(Element::remove);
  }

  static boolean isInvisible(Element e) {
    if (NOT_TEXT.contains(e.normalName()) || e.hasAttr("hidden")
        || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  static boolean isNavigation(Element e) {
    String tag = e.normalName();
    if (NAVIGATION_TAGS.contains(tag)
        || NAVIGATION_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (FURNITURE_TAGS.contains(tag)) {
      return e.closest("article, main, [role=main]") == null;
    }
    return ("ul".equals(tag) || "ol".equals(tag)) && linkDensity(e) >= LINK_LIST_DENSITY;
  }

  /** A section of reader comments: a long thread under a short post is not the page's text. */
  static boolean isComments(Element e) {
    String itemType = e.attr("itemtype");
    if (itemType.endsWith("/Comment") || itemType.endsWith("/UserComments")) {
      return true;
    }
    if (COMMENT_NAMES.contains(e.id().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (e.className().isEmpty()) {
      return false; // most elements: no class set to build
    }
    for (String name : e.classNames()) {
      if (COMMENT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / all;
  }
}
