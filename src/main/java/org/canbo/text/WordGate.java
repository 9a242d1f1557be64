package org.canbo.text;

import java.util.Collection;

/**
 * Where one of a set of words starts a word of a text, compared case-folded: the cheap test a
 * {@link GatedMatcher} runs before its pattern. A folded trie walked at word starts costs one table
 * look-up at most positions, where a case-insensitive regex gate folded every character it tried.
 *
 * <p>Folding is {@code toLowerCase(toUpperCase(c))}, what a {@code (?iu)} regex compares, so the
 * gate admits every position where a word matches with or without case-insensitivity; "word
 * start" admits every position a {@code (?<![\p{L}\p{N}])} look-behind admits (or, for a gate
 * made by {@link #afterNonLetter}, a {@code (?<!\p{L})} one). Immutable.
 */
public final class WordGate {
  /** Folded forms of the Latin, Vietnamese and general-punctuation range, looked up not computed. */
  private static final char[] FOLD = new char[0x2000];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      FOLD[c] = Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  private final CharTrie root = new CharTrie();
  /** The root's children by folded first character, for the look-up made at every position. */
  private final CharTrie[] firsts = new CharTrie[FOLD.length];
  /** Whether a word may start right after a digit ("5huyện"), as after {@code (?<!\p{L})}. */
  private final boolean afterDigit;

  /** A gate for {@code words} (none empty). */
  public WordGate(Collection<String> words) {
    this(words, false);
  }

  /** A gate for a pattern that looks behind for a letter only: words also start after a digit. */
  public static WordGate afterNonLetter(Collection<String> words) {
    return new WordGate(words, true);
  }

  private WordGate(Collection<String> words, boolean afterDigit) {
    this.afterDigit = afterDigit;
    int rank = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("a gate word must not be empty: " + words);
      }
      CharTrie n = root;
      for (int i = 0; i < w.length(); i++) {
        n = n.childOrAdd(fold(w.charAt(i)));
      }
      n.addRank(rank++);
    }
    for (char c = 0; c < firsts.length; c++) {
      firsts[c] = root.child(c);
    }
  }

  /**
   * The first position at or after {@code from} where one of the words starts, no letter or digit
   * (for {@link #afterNonLetter}: no letter) before it; -1 when there is none.
   */
  public int next(CharSequence text, int from) {
    int n = text.length();
    for (int p = Math.max(from, 0); p < n; p++) {
      char c = fold(text.charAt(p));
      CharTrie first = c < firsts.length ? firsts[c] : root.child(c);
      if (first != null && (p == 0 || !endsWord(text.charAt(p - 1)))
          && completes(first, text, p + 1)) {
        return p;
      }
    }
    return -1;
  }

  /** Whether {@code c} before a position means it is inside a word (Character's answer, by table). */
  private boolean endsWord(char c) {
    return afterDigit ? Letters.isLetter(c) : Letters.isLetterOrDigit(c);
  }

  /** Whether a word ends at {@code node} or further down along {@code text[from, ...)}. */
  private static boolean completes(CharTrie node, CharSequence text, int from) {
    CharTrie n = node;
    for (int i = from; !n.ends(); i++) {
      if (i >= text.length() || (n = n.child(fold(text.charAt(i)))) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rank (position in the constructor's list) of the word starting at {@code p}, where {@link
   * #next} found one; -1 when several start there (one a prefix of another) or none does.
   */
  public int wordAt(CharSequence text, int p) {
    CharTrie n = root;
    int found = -1;
    for (int i = p; i < text.length() && (n = n.child(fold(text.charAt(i)))) != null; i++) {
      if (n.ends()) {
        if (found >= 0 || n.ranks().length > 1) {
          return -1;
        }
        found = n.ranks()[0];
      }
    }
    return found;
  }

  /** {@code s} folded char by char as the gate compares it. */
  public static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = fold(c[i]);
    }
    return new String(c);
  }

  static char fold(char c) {
    return c < FOLD.length ? FOLD[c] : Character.toLowerCase(Character.toUpperCase(c));
  }

}
