package org.canbo.extract.figure;

import java.util.Arrays;
import java.util.List;

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

  private final Node forward = new Node();
  private final Node backward = new Node();

  PhraseTrie(List<String> phrasesByRank) {
    for (int rank = 0; rank < phrasesByRank.size(); rank++) {
      String p = phrasesByRank.get(rank);
      Node f = forward;
      for (int i = 0; i < p.length(); i++) {
        f = f.childOrAdd(p.charAt(i));
      }
      f.addRank(rank);
      Node b = backward;
      for (int i = p.length() - 1; i >= 0; i--) {
        b = b.childOrAdd(p.charAt(i));
      }
      b.addRank(rank);
    }
  }

  /** Every phrase equal to {@code text[start, e)} for some {@code e <= to}: visits (rank, e). */
  void startingAt(String text, int start, int to, Visitor v) {
    Node n = forward;
    int limit = Math.min(to, text.length());
    for (int j = start; j < limit; j++) {
      n = n.child(text.charAt(j));
      if (n == null) {
        return;
      }
      for (int rank : n.ranks) {
        v.phrase(rank, j + 1);
      }
    }
  }

  /** Every phrase equal to {@code text[s, end)} for some {@code s >= from}: visits (rank, s). */
  void endingAt(String text, int from, int end, Visitor v) {
    Node n = backward;
    for (int j = end - 1; j >= Math.max(from, 0); j--) {
      n = n.child(text.charAt(j));
      if (n == null) {
        return;
      }
      for (int rank : n.ranks) {
        v.phrase(rank, j);
      }
    }
  }

  /** A trie node: sorted labels with their children, and the ranks of phrases ending here. */
  private static final class Node {
    private static final int[] NONE = {};
    private char[] labels = {};
    private Node[] children = {};
    int[] ranks = NONE;

    Node child(char c) {
      int i = Arrays.binarySearch(labels, c);
      return i < 0 ? null : children[i];
    }

    Node childOrAdd(char c) {
      int i = Arrays.binarySearch(labels, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] l = new char[labels.length + 1];
      Node[] ch = new Node[children.length + 1];
      System.arraycopy(labels, 0, l, 0, at);
      System.arraycopy(children, 0, ch, 0, at);
      l[at] = c;
      ch[at] = new Node();
      System.arraycopy(labels, at, l, at + 1, labels.length - at);
      System.arraycopy(children, at, ch, at + 1, children.length - at);
      labels = l;
      children = ch;
      return ch[at];
    }

    /** Ranks are added in increasing order, so each node's list stays sorted. */
    void addRank(int rank) {
      ranks = Arrays.copyOf(ranks, ranks.length + 1);
      ranks[ranks.length - 1] = rank;
    }
  }
}
