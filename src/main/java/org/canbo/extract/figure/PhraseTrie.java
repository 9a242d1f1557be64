package org.canbo.extract.figure;

import java.util.Arrays;
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
  /** The chars below {@link #TABLE} that phrases hold, numbered from 0; -1 for the others. */
  private final short[] ids = new short[TABLE];
  private final int alphabet;
  /**
   * The forward trie's nodes two chars down, by the ids of both chars ({@code id0 * alphabet +
   * id1}; null where no phrase starts so): the second step, among a first char's many children,
   * is the costliest of a walk, and the walks from most word starts take it.
   */
  private final CharTrie[] seconds;

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
    Arrays.fill(ids, (short) -1);
    StringBuilder chars = new StringBuilder(); // the alphabet, in id order
    for (String p : phrasesByRank) {
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c < TABLE && ids[c] < 0) {
          ids[c] = (short) chars.length();
          chars.append(c);
        }
      }
    }
    int n = chars.length();
    this.alphabet = n;
    this.seconds = new CharTrie[n * n];
    for (int i0 = 0; i0 < n; i0++) {
      CharTrie first = firsts[chars.charAt(i0)];
      for (int i1 = 0; first != null && i1 < n; i1++) {
        seconds[i0 * n + i1] = first.child(chars.charAt(i1));
      }
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
    int limit = Math.min(to, text.length());
    if (start >= limit) {
      return;
    }
    char c0 = text.charAt(start);
    CharTrie n = c0 < TABLE ? firsts[c0] : forward.child(c0);
    if (n == null) {
      return;
    }
    visit(n, start + 1, v);
    int j = start + 1;
    if (j >= limit) {
      return;
    }
    char c1 = text.charAt(j);
    if (c0 < TABLE && c1 < TABLE) { // c0 starts a phrase, so it has an id
      n = ids[c1] < 0 ? null : seconds[ids[c0] * alphabet + ids[c1]];
    } else {
      n = n.child(c1);
    }
    while (n != null) {
      visit(n, j + 1, v);
      if (++j >= limit) {
        return;
      }
      n = n.child(text.charAt(j));
    }
  }

  private static void visit(CharTrie n, int end, Visitor v) {
    for (int rank : n.ranks()) {
      v.phrase(rank, end);
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
