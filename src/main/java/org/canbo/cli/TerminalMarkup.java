package org.canbo.cli;

/** Turns an escaped HTML snippet with {@code <mark>} tags into plain terminal text with [brackets]. */
final class TerminalMarkup {
  private TerminalMarkup() {}

  static String fromHtml(String snippet) {
    return snippet
        .replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
