package org.canbo.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text of a news page: its main content (Readability) headed by its headline, or, when the
 * main content keeps under {@value #MIN_KEPT_PERCENT}% of the page's visible text, that visible
 * text minus obvious navigation, flagged {@code cleaning: fallback (kept N% of the page's visible
 * text)}. So a page whose theme confuses the extractor is indexed whole and marked, never cut to
 * its footer in silence.
 *
 * <p>"Visible text" counts the words a reader sees outside links, leaving out scripts, hidden
 * elements, {@code nav}/{@code menu}, navigation ARIA roles, page-level {@code
 * header}/{@code footer}/{@code aside} and lists that are mostly links. Stateless and
 * thread-safe; {@link #extract} rewrites the document it is given.
 */
public final class HtmlTextExtractor {
  /** Below this share of the visible words the main content is not trusted. */
  public static final int MIN_KEPT_PERCENT = 30;

  private final Function<Document, Element> mainContent;
  /** Main content and fallback leave out the same things, so their word counts compare. */
  private final BlockTextWriter writer = new BlockTextWriter(PageFilters.INVISIBLE_OR_NAVIGATION);

  public HtmlTextExtractor() {
    this(new ReadabilityExtractor()::mainContent);
  }

  /** With another main-content finder (null when it finds none); tests use it. */
  HtmlTextExtractor(Function<Document, Element> mainContent) {
    this.mainContent = mainContent;
  }

  /** The flag a fallback raises. */
  public static String fallbackFlag(int keptPercent) {
    return String.format(Locale.ROOT,
        "cleaning: fallback (kept %d%% of the page's visible text)", keptPercent);
  }

  /** Extracts the text of {@code page}, whose title (from its head) may be null. */
  public PageText extract(Document page, String title) {
    PageFilters.removeInvisible(page.body());
    String headline = Headline.find(page, title);
    BlockText visible = writer.write(page.body());
    Element main = mainContent.apply(page);
    BlockText content = main == null ? BlockText.EMPTY : writer.write(main);
    int kept = keptPercent(content, visible);
    if (content.isBlank() || kept < MIN_KEPT_PERCENT) {
      return visible.isBlank()
          ? new PageText(content.text(), List.of())
          : new PageText(visible.text(), List.of(fallbackFlag(kept)));
    }
    String text = headline == null || Headline.hasLine(content.text(), headline)
        ? content.text()
        : headline + "\n" + content.text();
    return new PageText(RepeatedLines.drop(text), List.of());
  }

  private static int keptPercent(BlockText content, BlockText visible) {
    if (content.isBlank()) {
      return 0;
    }
    if (visible.proseWords() == 0) {
      return 100;
    }
    return (int) Math.min(100, Math.floor(100.0 * content.proseWords() / visible.proseWords()));
  }
}
