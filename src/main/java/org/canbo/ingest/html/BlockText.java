package org.canbo.ingest.html;

/**
 * Text written from part of a page, one paragraph per line, with the number of its words that
 * are not link text (what the fallback check compares: menus and link lists are mostly links).
 */
public record BlockText(String text, int proseWords) {
  public static final BlockText EMPTY = new BlockText("", 0);

  public BlockText {
    if (text == null || proseWords < 0) {
      throw new IllegalArgumentException("bad block text: " + proseWords + " words, text " + text);
    }
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
