package org.canbo.nlp.segment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.canbo.text.LowerCase;

/**
 * Interns syllables (lower case, canonical tone placement) as dense integer ids and finds the id
 * of a region of text without allocating.
 *
 * <p>All syllables live in one {@code char[]} pool; lookup hashes the region case-folded on the
 * fly and compares it against the pool, so the hot path creates no {@code String}.
 */
final class SyllableTable {
  static final int UNKNOWN = -1;
  private char[] pool = new char[1 << 16];
  private int poolSize;
  private int[] starts = new int[1 << 12];
  private int count;
  private int[] slots = emptySlots(1 << 14);

  SyllableTable() {}

  private SyllableTable(char[] pool, int[] starts, int count, int[] slots) {
    this.pool = pool;
    this.poolSize = pool.length;
    this.starts = starts;
    this.count = count;
    this.slots = slots;
  }

  /** Writes the pool and the open-addressing slots trimmed to what is used, slots as they are. */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(count);
    LexiconSnapshot.writeChars(out, pool, poolSize);
    LexiconSnapshot.writeInts(out, starts, count + 1);
    LexiconSnapshot.writeInts(out, slots, slots.length);
  }

  /** Reads what {@link #writeTo} wrote; throws {@link IllegalArgumentException} on a bad shape. */
  static SyllableTable readFrom(ByteBuffer in) {
    int count = in.getInt();
    char[] pool = LexiconSnapshot.readChars(in);
    int[] starts = LexiconSnapshot.readInts(in);
    int[] slots = LexiconSnapshot.readInts(in);
    LexiconSnapshot.check(count >= 0 && starts.length == count + 1, "syllable count " + count);
    LexiconSnapshot.check(starts[0] == 0 && starts[count] == pool.length, "syllable pool bounds");
    for (int id = 0; id < count; id++) {
      LexiconSnapshot.check(starts[id] <= starts[id + 1], "syllable " + id + " bounds");
    }
    // A free slot must remain, or find() of an unknown syllable would never stop.
    LexiconSnapshot.check(Integer.bitCount(slots.length) == 1 && count < slots.length,
        "syllable slots " + slots.length);
    for (int id : slots) {
      LexiconSnapshot.check(id >= -1 && id < count, "syllable slot id " + id);
    }
    return new SyllableTable(pool, starts, count, slots);
  }

  /** Returns the id of {@code syllable}, adding it when new; the key must already be folded. */
  int intern(String syllable) {
    int id = find(syllable, 0, syllable.length(), false);
    if (id != UNKNOWN) {
      return id;
    }
    if ((count + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    if (poolSize + syllable.length() > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + syllable.length()));
    }
    if (count + 2 > starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    syllable.getChars(0, syllable.length(), pool, poolSize);
    starts[count] = poolSize;
    poolSize += syllable.length();
    starts[count + 1] = poolSize;
    insertSlot(count, hash(syllable, 0, syllable.length(), false));
    return count++;
  }

  /** Returns the id of {@code text[start, end)} compared case-insensitively, or {@link #UNKNOWN}. */
  int find(CharSequence text, int start, int end) {
    return find(text, start, end, true);
  }

  int size() {
    return count;
  }

  /** The folded spelling of syllable {@code id}; for diagnostics and tests, not the hot path. */
  String spelling(int id) {
    return new String(pool, starts[id], starts[id + 1] - starts[id]);
  }

  private int find(CharSequence text, int start, int end, boolean fold) {
    int len = end - start;
    int slot = hash(text, start, end, fold) & (slots.length - 1);
    while (true) {
      int id = slots[slot];
      if (id < 0) {
        return UNKNOWN;
      }
      if (starts[id + 1] - starts[id] == len && same(id, text, start, fold)) {
        return id;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
  }

  private boolean same(int id, CharSequence text, int start, boolean fold) {
    int p = starts[id];
    int len = starts[id + 1] - p;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(start + i);
      if ((fold ? LowerCase.of(c) : c) != pool[p + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence text, int start, int end, boolean fold) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      h = 31 * h + (fold ? LowerCase.of(c) : c);
    }
    return h ^ (h >>> 16) * 0x45d9f3b;
  }

  private void insertSlot(int id, int h) {
    int slot = h & (slots.length - 1);
    while (slots[slot] >= 0) {
      slot = (slot + 1) & (slots.length - 1);
    }
    slots[slot] = id;
  }

  private void rehash(int capacity) {
    slots = emptySlots(capacity);
    for (int id = 0; id < count; id++) {
      insertSlot(id, hash(new String(pool, starts[id], starts[id + 1] - starts[id]), 0,
          starts[id + 1] - starts[id], false));
    }
  }

  private static int[] emptySlots(int capacity) {
    int[] s = new int[capacity];
    Arrays.fill(s, -1);
    return s;
  }
}
