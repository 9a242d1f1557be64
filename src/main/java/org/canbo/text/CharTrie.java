package org.canbo.text;

import java.util.Arrays;

/**
 * A node of a character trie: sorted labels with their children, and the ranks of the entries that
 * end here (in the order they were added). Built once, then read by many threads: not modified
 * after construction by its owner.
 */
public final class CharTrie {
  private static final int[] NONE = {};
  private char[] labels = {};
  private CharTrie[] children = {};
  private int[] ranks = NONE;

  /** The child under {@code c}, or null. */
  public CharTrie child(char c) {
    char[] l = labels;
    int i = l.length < 8 ? linear(l, c) : Arrays.binarySearch(l, c);
    return i < 0 ? null : children[i];
  }

  private static int linear(char[] l, char c) {
    for (int i = 0; i < l.length; i++) {
      if (l[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The child under {@code c}, added when missing. */
  public CharTrie childOrAdd(char c) {
    int i = Arrays.binarySearch(labels, c);
    if (i >= 0) {
      return children[i];
    }
    int at = -i - 1;
    char[] l = new char[labels.length + 1];
    CharTrie[] ch = new CharTrie[children.length + 1];
    System.arraycopy(labels, 0, l, 0, at);
    System.arraycopy(children, 0, ch, 0, at);
    l[at] = c;
    ch[at] = new CharTrie();
    System.arraycopy(labels, at, l, at + 1, labels.length - at);
    System.arraycopy(children, at, ch, at + 1, children.length - at);
    labels = l;
    children = ch;
    return ch[at];
  }

  /** Marks an entry of {@code rank} as ending here; add ranks in increasing order to keep them sorted. */
  public void addRank(int rank) {
    ranks = Arrays.copyOf(ranks, ranks.length + 1);
    ranks[ranks.length - 1] = rank;
  }

  /** The ranks of the entries ending here (do not modify). */
  public int[] ranks() {
    return ranks;
  }

  /** Whether an entry ends here. */
  public boolean ends() {
    return ranks.length > 0;
  }
}
