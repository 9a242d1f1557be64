package org.canbo.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * PDFBox's text stripper with column detection, writing the XHTML Tika's PDF parser writes (a
 * {@code div class="page"} per page, a {@code p} per paragraph) to a SAX handler. Before a page is
 * written, its glyphs are regrouped by {@link ColumnLayout}, one group per column, and PDFBox sorts
 * each group by position and finds its lines and paragraphs as usual.
 */
final class ColumnTextStripper extends PDFTextStripper {
  /** Carries a handler's SAXException (the character limit) through PDFBox's IOException API. */
  static final class SaxFailure extends IOException {
    SaxFailure(SAXException cause) {
      super(cause.getMessage(), cause);
    }

    SAXException sax() {
      return (SAXException) getCause();
    }
  }

  private static final AttributesImpl NONE = new AttributesImpl();
  private static final AttributesImpl PAGE = new AttributesImpl();

  static {
    PAGE.addAttribute("", "class", "class", "CDATA", "page");
  }

  private final ContentHandler handler;
  /** Visible glyphs per page (0-based index): a page with none has no text layer. */
  private final Map<Integer, Integer> glyphs = new HashMap<>();
  /** Names of the fonts the text is set in: ".VnTime" or "VNI-Times" name a legacy encoding. */
  private final Set<String> fonts = new HashSet<>();

  ColumnTextStripper(ContentHandler handler) {
    this.handler = handler;
    setSortByPosition(true);
  }

  @Override
  protected void writePage() throws IOException {
    count();
    List<List<TextPosition>> regrouped = new ArrayList<>();
    for (List<TextPosition> article : charactersByArticle) {
      List<ColumnLayout.Box> boxes = new ArrayList<>(article.size());
      for (TextPosition p : article) {
        boxes.add(new ColumnLayout.Box(p.getXDirAdj(), p.getWidthDirAdj(), p.getYDirAdj(),
            p.getHeightDir(), p.getUnicode() == null || p.getUnicode().isBlank()));
      }
      for (List<Integer> group : ColumnLayout.groups(boxes)) {
        List<TextPosition> positions = new ArrayList<>(group.size());
        group.forEach(i -> positions.add(article.get(i)));
        regrouped.add(positions);
      }
    }
    charactersByArticle.clear();
    charactersByArticle.addAll(regrouped);
    super.writePage();
  }

  private void count() {
    int visible = 0;
    for (List<TextPosition> article : charactersByArticle) {
      for (TextPosition p : article) {
        if (p.getUnicode() != null && !p.getUnicode().isBlank()) {
          visible++;
          if (p.getFont() != null && p.getFont().getName() != null) {
            fonts.add(p.getFont().getName());
          }
        }
      }
    }
    glyphs.merge(getCurrentPageNo() - 1, visible, Integer::sum);
  }

  /** Visible glyphs on page {@code index} (0-based) so far. */
  int glyphs(int index) {
    return glyphs.getOrDefault(index, 0);
  }

  Set<String> fonts() {
    return Set.copyOf(fonts);
  }

  @Override
  protected void writePageStart() throws IOException {
    start("div", PAGE);
  }

  @Override
  protected void writePageEnd() throws IOException {
    end("div");
  }

  @Override
  protected void writeParagraphStart() throws IOException {
    start("p", NONE);
  }

  @Override
  protected void writeParagraphEnd() throws IOException {
    end("p");
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    writeString(text);
  }

  @Override
  protected void writeString(String text) throws IOException {
    try {
      handler.characters(text.toCharArray(), 0, text.length());
    } catch (SAXException e) {
      throw new SaxFailure(e);
    }
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    writeString("\n");
  }

  @Override
  protected void writeWordSeparator() throws IOException {
    writeString(" ");
  }

  private void start(String name, AttributesImpl attributes) throws IOException {
    try {
      handler.startElement("", name, name, attributes);
    } catch (SAXException e) {
      throw new SaxFailure(e);
    }
  }

  private void end(String name) throws IOException {
    try {
      handler.endElement("", name, name);
    } catch (SAXException e) {
      throw new SaxFailure(e);
    }
  }
}
