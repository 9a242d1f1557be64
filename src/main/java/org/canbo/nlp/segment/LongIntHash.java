package org.canbo.nlp.segment;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative {@code long} keys to {@code int} values, filled while the
 * lexicon loads and read-only afterwards.
 *
 * <p>Two flat arrays instead of {@code HashMap<Long,Integer>}: the trie and the bigram table hold
 * a few hundred thousand entries, and boxed maps would cost ten times the heap and a pointer chase
 * per lookup on the hot path.
 */
final class LongIntHash {
  private static final long EMPTY = -1L;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntHash(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** Returns the value for {@code key}, or {@code missing} when absent. */
  int get(long key, int missing) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        return missing;
      }
      slot = (slot + 1) & mask;
    }
  }

  void put(long key, int value) {
    if (key < 0) {
      throw new IllegalArgumentException("negative key " + key);
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(key);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    // Fibonacci hashing: the high bits of the product depend on every bit of the key, which
    // matters because our keys pack a node id above a syllable id.
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(mask + 1)));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[keys.length];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
