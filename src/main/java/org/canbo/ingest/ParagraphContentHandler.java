package org.canbo.ingest;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML body into {@link ParsedText} text: one paragraph per line, a form feed
 * between PDF pages, and at most {@code maxChars} characters (the rest is dropped and flagged).
 */
final class ParagraphContentHandler extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "td", "th",
          "blockquote", "pre", "dt", "dd", "section", "article", "table", "ul", "ol", "title");

  /** Thrown to stop the parser at the limit; the text written so far is kept. */
  static final class LimitReachedException extends SAXException {
    LimitReachedException() {
      super("character limit reached");
    }
  }

  private final int maxChars;
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder paragraph = new StringBuilder();
  private boolean pendingSpace;
  private boolean inBody;
  private int ignoredDepth;
  private int pages;
  private boolean truncated;

  ParagraphContentHandler(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if ("body".equals(name)) {
      inBody = true;
      return;
    }
    if (ignoredDepth > 0 || "script".equals(name) || "style".equals(name)) {
      ignoredDepth++;
      return;
    }
    if (BLOCKS.contains(name)) {
      flush();
    }
    // Tika's PDF parser wraps every page in <div class="page">; pages are what citations count.
    if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
      if (pages > 0) {
        append("\f");
      }
      pages++;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if (ignoredDepth > 0) {
      ignoredDepth--;
      return;
    }
    if ("body".equals(name)) {
      flush();
      inBody = false;
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (!inBody || ignoredDepth > 0) {
      return;
    }
    // Line wraps inside a paragraph (PDF lines, soft breaks) become single spaces.
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (Character.isWhitespace(c) || c == '\u00A0') {
        pendingSpace = paragraph.length() > 0;
      } else {
        if (pendingSpace) {
          paragraph.append(' ');
          pendingSpace = false;
        }
        paragraph.append(c);
      }
    }
    // A page-long run without block elements must not grow past the limit before a flush.
    if (paragraph.length() > maxChars) {
      flush();
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    pendingSpace = paragraph.length() > 0;
  }

  @Override
  public void endDocument() throws SAXException {
    flush();
  }

  private void flush() throws SAXException {
    pendingSpace = false;
    if (paragraph.length() == 0) {
      return;
    }
    int last = out.length() - 1;
    if (last >= 0 && out.charAt(last) != '\f') {
      append("\n");
    }
    String text = paragraph.toString();
    paragraph.setLength(0);
    append(text);
  }

  private void append(String s) throws SAXException {
    if (truncated) {
      throw new LimitReachedException();
    }
    int room = maxChars - out.length();
    if (s.length() <= room) {
      out.append(s);
      return;
    }
    out.append(s, 0, safeCut(s, room));
    truncated = true;
    throw new LimitReachedException();
  }

  /** Cuts before {@code room} without splitting a surrogate pair. */
  static int safeCut(CharSequence s, int room) {
    if (room > 0 && room < s.length() && Character.isHighSurrogate(s.charAt(room - 1))) {
      return room - 1;
    }
    return room;
  }

  boolean truncated() {
    return truncated;
  }

  String text() {
    return out.toString();
  }
}
