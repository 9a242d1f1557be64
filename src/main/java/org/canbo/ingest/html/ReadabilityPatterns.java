package org.canbo.ingest.html;

import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's default patterns, with its white-space collapsing ({@code \s{2,}} replaced by
 * one space, run on the whole inner text of every candidate: a tenth of reading a page) done by
 * one pass over the chars instead of a regex search. Same result for every text.
 */
final class ReadabilityPatterns extends RegExUtil {
  ReadabilityPatterns() {
    super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern,
        PositiveDefaultPattern, NegativeDefaultPattern, ExtraneousDefaultPattern,
        BylineDefaultPattern, ReplaceFontsDefaultPattern, NormalizeDefaultPattern,
        VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern,
        WhitespaceDefaultPattern, HasContentDefaultPattern);
  }

  /** Each run of two or more of the regex's {@code \s} chars becomes one space. */
  @Override
  public String normalize(String text) {
    int run = firstRun(text);
    if (run < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, run);
    int i = run;
    while (i < text.length()) {
      if (space(text.charAt(i)) && i + 1 < text.length() && space(text.charAt(i + 1))) {
        out.append(' ');
        while (i < text.length() && space(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Where the first run of two white-space chars starts, or -1. */
  private static int firstRun(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (space(text.charAt(i)) && space(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
