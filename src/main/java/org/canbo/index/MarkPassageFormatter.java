package org.canbo.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats passages as a list of HTML snippets: every piece of document text is escaped first and
 * only then are matches wrapped in {@code <mark>}, so {@code <mark>} is the only markup a snippet
 * can contain. Runs of whitespace (line breaks) become one space.
 */
final class MarkPassageFormatter extends PassageFormatter {
  static final String PRE = "<mark>";
  static final String POST = "</mark>";

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      StringBuilder sb = new StringBuilder();
      int pos = p.getStartOffset();
      int[] starts = p.getMatchStarts();
      int[] ends = p.getMatchEnds();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(starts[i], pos);
        int end = ends[i];
        // Merge overlapping or touching matches into one mark.
        while (i + 1 < p.getNumMatches() && starts[i + 1] <= end) {
          end = Math.max(end, ends[++i]);
        }
        if (end <= start) {
          continue;
        }
        escape(content, pos, start, sb);
        sb.append(PRE);
        escape(content, start, end, sb);
        sb.append(POST);
        pos = end;
      }
      escape(content, pos, Math.max(pos, p.getEndOffset()), sb);
      String snippet = sb.toString().strip();
      if (!snippet.isEmpty()) {
        snippets.add(snippet);
      }
    }
    return snippets;
  }

  private static void escape(String s, int from, int to, StringBuilder sb) {
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    if (space) {
      sb.append(' ');
    }
  }
}
