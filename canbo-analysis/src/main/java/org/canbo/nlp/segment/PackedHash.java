package org.canbo.nlp.segment;

import java.util.Arrays;

/**
 * A read-only copy of a {@link LongIntHash} whose keys pack two ids ({@code hi << 32 | lo}), with
 * each slot holding key and value in one {@code long}: a probe reads one cache line instead of one
 * in the key array and one in the value array.
 *
 * <p>Why: the segmenter probes the bigram table for every pair of adjacent candidate words and the
 * trie for every syllable after a word start; those tables are megabytes, so nearly every probe
 * misses the cache and the second miss of the two-array layout cost as much as the first. The ids
 * are re-packed with as few bits as their largest values need, so key and value fit in 63 bits.
 */
final class PackedHash {
  private static final long EMPTY = -1L;
  private final long[] slots;
  private final int shift;
  private final int loBits;
  private final int valueBits;
  private final long maxHi;
  private final long maxLo;

  private PackedHash(long[] slots, int loBits, int valueBits, long maxHi, long maxLo) {
    this.slots = slots;
    this.shift = 64 - Integer.numberOfTrailingZeros(slots.length);
    this.loBits = loBits;
    this.valueBits = valueBits;
    this.maxHi = maxHi;
    this.maxLo = maxLo;
  }

  /**
   * The packed copy of {@code table}, or null when its ids and values need more than 63 bits
   * together or a value is negative (the caller then keeps probing {@code table}).
   */
  static PackedHash of(LongIntHash table) {
    long[] maxima = new long[3]; // hi, lo, value
    boolean[] negative = {false};
    table.forEach((key, value) -> {
      maxima[0] = Math.max(maxima[0], key >>> 32);
      maxima[1] = Math.max(maxima[1], key & 0xFFFFFFFFL);
      maxima[2] = Math.max(maxima[2], value);
      negative[0] |= value < 0;
    });
    int hiBits = bits(maxima[0]);
    int loBits = bits(maxima[1]);
    int valueBits = bits(maxima[2]);
    if (negative[0] || hiBits + loBits + valueBits > 63) {
      return null;
    }
    int capacity = Integer.highestOneBit(Math.max(16, table.size() * 2 - 1)) << 1;
    long[] slots = new long[capacity];
    Arrays.fill(slots, EMPTY);
    PackedHash packed = new PackedHash(slots, loBits, valueBits, maxima[0], maxima[1]);
    table.forEach(packed::insert);
    return packed;
  }

  /** The value of key {@code hi << 32 | lo} in the source table, or {@code missing}. */
  int get(int hi, int lo, int missing) {
    if (hi < 0 || lo < 0 || hi > maxHi || lo > maxLo) {
      return missing; // no key has such an id
    }
    long key = ((long) hi << loBits) | lo;
    int slot = slot(key);
    while (true) {
      long entry = slots[slot];
      if (entry == EMPTY) {
        return missing;
      }
      if (entry >>> valueBits == key) {
        return (int) (entry & ((1L << valueBits) - 1));
      }
      slot = (slot + 1) & (slots.length - 1);
    }
  }

  private void insert(long sourceKey, int value) {
    long key = ((sourceKey >>> 32) << loBits) | (sourceKey & 0xFFFFFFFFL);
    int slot = slot(key);
    while (slots[slot] != EMPTY) {
      slot = (slot + 1) & (slots.length - 1);
    }
    slots[slot] = (key << valueBits) | value;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private static int bits(long max) {
    return 64 - Long.numberOfLeadingZeros(max);
  }
}
