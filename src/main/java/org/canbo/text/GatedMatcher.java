package org.canbo.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches a pattern only where a cheaper gate pattern matches. The gate must match at every start
 * where the pattern can match (typically the pattern's own look-behind followed by the first word
 * or first letter of each alternative, with the same flags); then {@link #find(int)} finds exactly
 * what {@code pattern.matcher(text).find(from)} finds, without trying a long alternation at every
 * position. Not thread-safe (one per text, like a {@link Matcher}).
 */
public final class GatedMatcher {
  private final Matcher matcher;
  private final Matcher gate;
  private final int length;

  public GatedMatcher(Pattern pattern, Pattern gate, CharSequence text) {
    // transparent bounds: look-behinds see the text before a region start, as in a plain find
    this.matcher = pattern.matcher(text).useTransparentBounds(true);
    this.gate = gate.matcher(text);
    this.length = text.length();
  }

  /**
   * A look-ahead for the first characters of {@code words} ("(?=[BbSs])"), to put before a gate
   * so that most positions fail on one character test; the empty look-ahead when a word is empty.
   * Case follows the flags the result is compiled in.
   */
  public static String firstCharacters(Iterable<String> words) {
    StringBuilder chars = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        return "";
      }
      int c = w.codePointAt(0);
      if (chars.indexOf(new String(Character.toChars(c))) < 0) {
        chars.appendCodePoint(c);
      }
    }
    return "(?=[" + Pattern.quote(chars.toString()) + "])";
  }

  /** As {@link Matcher#find(int)}; on success {@link #matcher()} holds the match. */
  public boolean find(int from) {
    int p = from;
    while (p <= length && gate.find(p)) {
      int at = gate.start();
      matcher.region(at, length);
      if (matcher.lookingAt()) {
        return true;
      }
      p = at + 1;
    }
    return false;
  }

  /** The pattern's matcher, positioned at the last match found. */
  public Matcher matcher() {
    return matcher;
  }
}
