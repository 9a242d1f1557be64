package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The occurrences of one vocabulary type's phrases in a stretch of text, packed as rank (high 32
 * bits) and start (low 32 bits), and the choice among them ({@link #resolve}). Thread-confined.
 */
final class Occurrences {
  private long[] items = new long[8];
  private int size;

  void add(int rank, int start) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = ((long) rank << 32) | start;
  }

  /**
   * The occurrences kept in {@code [from, to)}, blockers dropped, in text order: where phrases
   * overlap, the one of higher priority (lower rank) wins wherever it stands, blockers included;
   * among occurrences of one phrase the earlier wins.
   */
  List<Cue> resolve(List<Vocabulary.Phrase> byRank, int from, int to) {
    long[] sorted = Arrays.copyOf(items, size);
    Arrays.sort(sorted);
    // the kept phrases other than blockers, as start (high) and rank (low): kept phrases never
    // overlap, so their starts differ and sorting these puts them in text order
    long[] kept = new long[size];
    int n = 0;
    long[] taken = new long[Math.max(0, to - from) / 64 + 1];
    for (long o : sorted) {
      int rank = (int) (o >>> 32);
      Vocabulary.Phrase p = byRank.get(rank);
      int start = (int) o;
      if (take(taken, start - from, start - from + p.text().length())
          && !Vocabulary.BLOCK.equals(p.value())) {
        kept[n++] = ((long) start << 32) | rank;
      }
    }
    Arrays.sort(kept, 0, n);
    List<Cue> found = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Vocabulary.Phrase p = byRank.get((int) kept[i]);
      int start = (int) (kept[i] >>> 32);
      found.add(new Cue(start, start + p.text().length(), p.value()));
    }
    return found;
  }

  /** Marks the chars {@code [start, end)} taken and returns true, or false when one already is. */
  private static boolean take(long[] bits, int start, int end) {
    for (int i = start; i < end; i++) {
      if ((bits[i >> 6] & (1L << i)) != 0) {
        return false;
      }
    }
    for (int i = start; i < end; i++) {
      bits[i >> 6] |= 1L << i;
    }
    return true;
  }
}
