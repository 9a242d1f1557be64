package org.canbo.index;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Cuts concordance lines out of an article's stored clean text: the match at its offsets and up
 * to {@code width} characters either side, line breaks shown as spaces.
 */
final class KwicLines {
  /** The stored fields a line needs. */
  static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE,
      IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.BODY);
  private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t\\u2028\\u2029]");

  private KwicLines() {}

  /** One line per span of {@code d} (with {@link #FIELDS}), in the order of {@code spans}. */
  static void of(org.apache.lucene.document.Document d, List<MatchOffsets.Span> spans, int width,
      Consumer<KwicLine> out) {
    String text = d.get(IndexSchema.BODY);
    for (MatchOffsets.Span s : spans) {
      int from = cut(text, s.start() - width);
      int to = cut(text, s.end() + width);
      out.accept(new KwicLine(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE),
          d.get(IndexSchema.DATE), d.get(IndexSchema.SOURCE),
          flat(text.substring(from, s.start())), text.substring(s.start(), s.end()),
          flat(text.substring(s.end(), to)), s.start(), s.end()));
    }
  }

  /** {@code i} clamped to the text, moved off the middle of a surrogate pair. */
  private static int cut(String text, int i) {
    int c = Math.max(0, Math.min(text.length(), i));
    return c > 0 && c < text.length() && Character.isLowSurrogate(text.charAt(c)) ? c - 1 : c;
  }

  /** Line breaks as spaces, one for one, so the context stays as long as in the text. */
  private static String flat(String context) {
    return BREAKS.matcher(context).replaceAll(" ");
  }
}
