package org.canbo.extract.figure;

import java.util.Collection;
import java.util.regex.Matcher;
import org.canbo.text.CharTrie;
import org.canbo.text.Letters;

/**
 * Finds the matches of a pattern that starts with a {@code (?<!\p{L})} look-behind and then one of
 * a set of literal words ("tỉnh", "Huyện", "TP", "Tỉnh ủy"): the pattern is tried only where one of
 * the words is written and no letter stands before, instead of trying its long alternation at
 * every position of a sentence head. {@link #find} finds what {@link Matcher#find()} finds in a
 * region, so callers get the same matches. Immutable.
 */
final class IntroducerGate {
  private final CharTrie words = new CharTrie();

  /** A gate for the words the pattern's alternatives start with, as written (case counts). */
  IntroducerGate(Collection<String> introducers) {
    for (String w : introducers) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty introducer in " + introducers);
      }
      CharTrie n = words;
      for (int i = 0; i < w.length(); i++) {
        n = n.childOrAdd(w.charAt(i));
      }
      n.addRank(0);
    }
  }

  /**
   * What {@code m}'s pattern finds in the region {@code [from, to)} of {@code text} when the search
   * resumes at {@code at} (the region's start, or the end of the last match): true with {@code m}
   * holding the match, as {@code find()} on a matcher with that region would. {@code m} is left
   * with another region.
   */
  boolean find(Matcher m, String text, int from, int at, int to) {
    for (int p = at; p < to; p++) {
      // with the default opaque bounds, the look-behind sees nothing before the region's start
      if ((p == from || !letterBefore(text, p)) && wordAt(text, p, to)) {
        m.region(p, to);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the words is written at {@code p}, ending by {@code to}. */
  boolean wordAt(String text, int p, int to) {
    CharTrie n = words;
    for (int j = p; j < to; j++) {
      n = n.child(text.charAt(j));
      if (n == null) {
        return false;
      }
      if (n.ends()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code (?<!\p{L})} at {@code p} tests: java.util.regex looks one char back, so a letter
   * outside the BMP before {@code p} (its low surrogate) does not count, and a word is never
   * written from a low surrogate.
   */
  private static boolean letterBefore(String text, int p) {
    return Letters.isLetter(text.charAt(p - 1));
  }
}
