package org.canbo.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's default patterns, with its white-space collapsing ({@code \s{2,}} replaced by
 * one space, run on the whole inner text of every candidate: a tenth of reading a page) done by
 * one pass over the chars instead of a regex search, and its class-name tests that are lists of
 * plain words (case-insensitive for ASCII only, as the regexes are) done by {@link
 * String#contains} on the ASCII-lower-cased name. Same result for every text.
 */
final class ReadabilityPatterns extends RegExUtil {
  private static final Pattern LITERALS = Pattern.compile("[a-z-]+(\\|[a-z-]+)*");
  private final List<String> unlikely = literals(UnlikelyCandidatesDefaultPattern);
  private final List<String> maybe = literals(OkMaybeItsACandidateDefaultPattern);
  private final List<String> positive = literals(PositiveDefaultPattern);
  private final List<String> byline = literals(BylineDefaultPattern);

  ReadabilityPatterns() {
    super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern,
        PositiveDefaultPattern, NegativeDefaultPattern, ExtraneousDefaultPattern,
        BylineDefaultPattern, ReplaceFontsDefaultPattern, NormalizeDefaultPattern,
        VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern,
        WhitespaceDefaultPattern, HasContentDefaultPattern);
  }

  /** The words of a pattern that is only words and hyphens between {@code |}. */
  private static List<String> literals(String pattern) {
    if (!LITERALS.matcher(pattern).matches()) {
      throw new IllegalStateException("not a list of words: " + pattern);
    }
    return List.of(pattern.split("\\|"));
  }

  @Override
  public boolean isUnlikelyCandidate(String matchString) {
    return containsAny(matchString, unlikely);
  }

  @Override
  public boolean okMaybeItsACandidate(String matchString) {
    return containsAny(matchString, maybe);
  }

  @Override
  public boolean isPositive(String matchString) {
    return containsAny(matchString, positive);
  }

  @Override
  public boolean isByline(String matchString) {
    return containsAny(matchString, byline);
  }

  /** What {@code find()} of {@code words} joined by | answers under CASE_INSENSITIVE. */
  private static boolean containsAny(String s, List<String> words) {
    String lower = asciiLower(s);
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Only A-Z lowered: without UNICODE_CASE a regex folds no other letter. */
  private static String asciiLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] += 'a' - 'A';
          }
        }
        return new String(chars);
      }
    }
    return s;
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
    return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'));
  }
}
