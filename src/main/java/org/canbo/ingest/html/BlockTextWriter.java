package org.canbo.ingest.html;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text under an element the way the ingest indexes it: one paragraph per line (block
 * elements and {@code <br>} end a line, white space inside a line collapses to single spaces),
 * data tables as rows ({@link TableWriter}), and elements the filter rejects left out whole.
 * Stateless; each call builds its own buffers.
 */
public final class BlockTextWriter {
  /** Elements that start and end a paragraph; everything else is inline. */
  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
      "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private final Predicate<Element> skip;

  /** {@code skip} names the elements to leave out with everything inside them. */
  public BlockTextWriter(Predicate<Element> skip) {
    this.skip = skip;
  }

  public BlockText write(Element root) {
    Visitor v = new Visitor();
    NodeTraversor.filter(v, root);
    v.endLine();
    return new BlockText(v.out.toString(), v.proseWords);
  }

  /** The text of one element on one line (a table cell, a caption), its words counted too. */
  BlockText writeInline(Element root) {
    BlockText block = write(root);
    return new BlockText(block.text().replace('\n', ' '), block.proseWords());
  }

  static int countWords(CharSequence s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private final class Visitor implements NodeFilter {
    final StringBuilder out = new StringBuilder();
    final StringBuilder line = new StringBuilder();
    int proseWords;
    int linkDepth;
    int preDepth;
    boolean pendingSpace;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (skip.test(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if ("table".equals(tag) && TableWriter.isDataTable(e)) {
        endLine();
        BlockText table = new TableWriter(BlockTextWriter.this).write(e);
        appendLines(table.text());
        proseWords += table.proseWords();
        return FilterResult.SKIP_ENTIRELY;
      }
      if ("br".equals(tag) || BLOCKS.contains(tag)) {
        endLine();
      }
      if ("a".equals(tag)) {
        linkDepth++;
      } else if ("pre".equals(tag)) {
        preDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if ("a".equals(tag)) {
          linkDepth--;
        } else if ("pre".equals(tag)) {
          preDepth--;
        }
        if (BLOCKS.contains(tag)) {
          endLine();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void text(String s) {
      int start = line.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' && preDepth > 0) {
          endLine();
          start = 0;
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          pendingSpace = line.length() > 0;
        } else {
          if (pendingSpace) {
            line.append(' ');
            pendingSpace = false;
          }
          line.append(c);
        }
      }
      if (linkDepth == 0 && line.length() > start) {
        proseWords += countWords(line.subSequence(start, line.length()));
      }
    }

    private void appendLines(String text) {
      if (!text.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append(text);
      }
    }

    void endLine() {
      pendingSpace = false;
      if (line.length() > 0) {
        appendLines(line.toString());
        line.setLength(0);
      }
    }
  }
}
