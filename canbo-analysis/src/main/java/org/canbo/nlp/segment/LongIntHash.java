package org.canbo.nlp.segment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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

  private LongIntHash(long[] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
    this.mask = keys.length - 1;
  }

  /** Writes the slot arrays as they are, so a read-back table probes exactly like this one. */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(size);
    LexiconSnapshot.writeLongs(out, keys, keys.length);
    LexiconSnapshot.writeInts(out, values, values.length);
  }

  /** Reads what {@link #writeTo} wrote; throws {@link IllegalArgumentException} on a bad shape. */
  static LongIntHash readFrom(ByteBuffer in) {
    int size = in.getInt();
    long[] keys = LexiconSnapshot.readLongs(in);
    int[] values = LexiconSnapshot.readInts(in);
    LexiconSnapshot.check(keys.length >= 16 && Integer.bitCount(keys.length) == 1,
        "hash capacity " + keys.length + " not a power of two");
    LexiconSnapshot.check(values.length == keys.length, "hash keys and values differ in length");
    // At most half full, as put() keeps it: a full table would make get() of a missing key spin.
    LexiconSnapshot.check(size >= 0 && size * 2 <= keys.length, "hash size " + size);
    return new LongIntHash(keys, values, size);
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

  /** Calls {@code action} with every key and its value, in slot order. */
  void forEach(Entry action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  /** One key and its value. */
  @FunctionalInterface
  interface Entry {
    void accept(long key, int value);
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
