package org.canbo.text;

/**
 * Cheap tests for literal text inside a region, used as gates in front of regular expressions: a
 * pattern that needs a literal cannot match where the literal is absent, so skipping it then gives
 * the same result while most sentences never run the pattern at all.
 */
public final class Literals {
  private Literals() {}

  /** Whether {@code literal} occurs inside {@code s[from, to)} (unlike indexOf, stops at to). */
  public static boolean contains(String s, int from, int to, String literal) {
    char first = literal.charAt(0);
    for (int i = Math.max(from, 0), last = Math.min(to, s.length()) - literal.length(); i <= last; i++) {
      if (s.charAt(i) == first && s.startsWith(literal, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of the literals occurs inside {@code s[from, to)}. The region is copied once so
   * that each literal is one (vectorised) {@link String#indexOf} bounded by the region.
   */
  public static boolean containsAny(String s, int from, int to, String... literals) {
    String region = s.substring(Math.max(from, 0), Math.min(to, s.length()));
    for (String l : literals) {
      if (region.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s[from, to)} ends with one of the literals once trailing white space is dropped:
   * what a pattern ending in {@code (?:a|b)\s*$} needs. Line terminators count as white space here,
   * since {@code $} also matches before a final one.
   */
  public static boolean endsWithAny(String s, int from, int to, String... literals) {
    int end = to;
    while (end > from && isSpaceOrTerminator(s.charAt(end - 1))) {
      end--;
    }
    for (String l : literals) {
      if (end - from >= l.length() && s.startsWith(l, end - l.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #endsWithAny} over the whole of {@code s}, comparing as {@link
   * String#regionMatches(boolean, int, String, int, int)} ignoring case: true wherever a {@code
   * (?iu)} pattern ending in {@code (?:a|b)\s*$} can match (it may also be true where one cannot).
   */
  public static boolean endsWithAnyIgnoreCase(String s, Iterable<String> literals) {
    int end = s.length();
    while (end > 0 && isSpaceOrTerminator(s.charAt(end - 1))) {
      end--;
    }
    for (String l : literals) {
      if (end >= l.length() && s.regionMatches(true, end - l.length(), l, 0, l.length())) {
        return true;
      }
    }
    return false;
  }

  /** Regex {@code \s} ([ \t\n\x0B\f\r]) and the other line terminators {@code $} knows. */
  private static boolean isSpaceOrTerminator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
