package org.canbo.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches a pattern only where a cheap {@link WordGate} admits a start. The gate must admit every
 * start where the pattern can match (its words are the literal starts of the pattern's
 * alternatives, and the pattern begins with a {@code (?<![\p{L}\p{N}])} look-behind, or a
 * {@code (?<!\p{L})} one for a {@link WordGate#afterNonLetter} gate, or starts only at word starts); then {@link #find(int)} finds exactly what {@code pattern.matcher(text).find(from)}
 * finds, without trying a long alternation at every position. Where only one gate word starts, a
 * narrower pattern for that word may stand in for the whole one (see the constructor). Not
 * thread-safe (one per text, like a {@link Matcher}).
 */
public final class GatedMatcher {
  private final Matcher whole;
  private final WordGate gate;
  private final List<Pattern> byWord;
  private final Matcher[] byWordMatchers;
  private final CharSequence text;
  private final int length;
  private Matcher current;

  public GatedMatcher(Pattern pattern, WordGate gate, CharSequence text) {
    this(pattern, gate, List.of(), text);
  }

  /**
   * {@code byWord} holds, for each gate word (by rank), the alternatives of {@code pattern} that
   * start with it, in their order and inside the same look-arounds: where that word alone starts,
   * it finds what the whole pattern finds there, trying a handful of alternatives instead of all.
   * Empty: always the whole pattern.
   */
  public GatedMatcher(Pattern pattern, WordGate gate, List<Pattern> byWord, CharSequence text) {
    // transparent bounds: look-behinds see the text before a region start, as in a plain find
    this.whole = pattern.matcher(text).useTransparentBounds(true);
    this.gate = gate;
    this.byWord = byWord;
    this.byWordMatchers = new Matcher[byWord.size()];
    this.text = text;
    this.length = text.length();
    this.current = whole;
  }

  /** As {@link Matcher#find(int)}; on success {@link #matcher()} holds the match. */
  public boolean find(int from) {
    for (int at = gate.next(text, from); at >= 0; at = gate.next(text, at + 1)) {
      Matcher m = matcherAt(at);
      m.region(at, length);
      if (m.lookingAt()) {
        current = m;
        return true;
      }
    }
    return false;
  }

  private Matcher matcherAt(int at) {
    if (byWord.isEmpty()) {
      return whole;
    }
    int word = gate.wordAt(text, at);
    if (word < 0) {
      return whole;
    }
    Matcher m = byWordMatchers[word];
    if (m == null) {
      m = byWord.get(word).matcher(text).useTransparentBounds(true);
      byWordMatchers[word] = m;
    }
    return m;
  }

  /** The matcher holding the last match found: ask again after each {@link #find}. */
  public Matcher matcher() {
    return current;
  }
}
