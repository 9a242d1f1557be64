package org.canbo.extract.figure;

import java.util.List;
import org.canbo.text.CharTrie;

/**
 * The phrases of one vocabulary type in two character tries (forwards and backwards), so that all
 * phrases starting (or ending) at a position are found in one walk instead of one {@code indexOf}
 * per phrase. A phrase is known by its rank, its index in the vocabulary's priority order; the
 * caller decides among matches by rank. Immutable after construction.
 */
final class PhraseTrie {
  /** Receives the rank and end (exclusive) or start of each phrase a walk passes. */
  interface Visitor {
    void phrase(int rank, int boundary);
  }

  /** Chars below this have a slot in {@link #firsts}; others always pass {@link #mayStart}. */
  private static final int TABLE = 0x2000;
  private final CharTrie forward = new CharTrie();
  private final CharTrie backward = new CharTrie();
  /**
   * The forward trie's children by first character, for chars below {@link #TABLE} (null where no
   * phrase starts): a walk starts at every word start, and its first step, among the root's many
   * children, is then one array read; most text positions fail on it.
   */
  private final CharTrie[] firsts = new CharTrie[TABLE];

  PhraseTrie(List<String> phrasesByRank) {
    for (int rank = 0; rank < phrasesByRank.size(); rank++) {
      String p = phrasesByRank.get(rank);
      CharTrie f = forward;
      for (int i = 0; i < p.length(); i++) {
        f = f.childOrAdd(p.charAt(i));
      }
      f.addRank(rank);
      if (!p.isEmpty() && p.charAt(0) < TABLE) {
        firsts[p.charAt(0)] = forward.child(p.charAt(0));
      }
      CharTrie b = backward;
      for (int i = p.length() - 1; i >= 0; i--) {
        b = b.childOrAdd(p.charAt(i));
      }
      b.addRank(rank);
    }
  }

  /**
   * False when no phrase starts with {@code c}, so that {@link #startingAt} would visit nothing;
   * true when one may.
   */
  boolean mayStart(char c) {
    return c >= TABLE || firsts[c] != null;
  }

  /** Every phrase equal to {@code text[start, e)} for some {@code e <= to}: visits (rank, e). */
  void startingAt(String text, int start, int to, Visitor v) {
    CharTrie n = forward;
    int limit = Math.min(to, text.length());
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      n = n == forward && c < TABLE ? firsts[c] : n.child(c);
      if (n == null) {
        return;
      }
      for (int rank : n.ranks()) {
        v.phrase(rank, j + 1);
      }
    }
  }

  /** Every phrase equal to {@code text[s, end)} for some {@code s >= from}: visits (rank, s). */
  void endingAt(String text, int from, int end, Visitor v) {
    CharTrie n = backward;
    for (int j = end - 1; j >= Math.max(from, 0); j--) {
      n = n.child(text.charAt(j));
      if (n == null) {
        return;
      }
      for (int rank : n.ranks()) {
        v.phrase(rank, j);
      }
    }
  }

}
