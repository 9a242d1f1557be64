package org.canbo.index.copies;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The signature terms Lucene's ShingleFilter (n words joined by a space, unigrams when the text
 * has fewer than n) and MinHashFilter (one hash, {@code buckets} buckets, one value each, with
 * rotation) give for a run of consecutive words, computed directly: each shingle is hashed from
 * the words' chars without building a string, its token or a tree set per bucket. Same hash
 * (MurmurHash3 x64 128 of the UTF-16LE bytes, combined with the hash of the int 0), same bucket
 * and same unsigned order, so the terms are identical ({@code CopySignatureTest} compares them
 * with the Lucene filters). Not thread-safe: one per thread, reused.
 */
final class ShingleMinHash {
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  /** MinHashFilter's hash of the big-endian int 0, which it combines with every shingle's. */
  private static final long[] INT_HASH_0 = murmur(new byte[4], 4);

  private final int shingle;
  private final long[] high;
  private final long[] low;
  private final boolean[] filled;
  /** Buckets whose term is in the result already (rotation repeats a bucket's term). */
  private final boolean[] emitted;
  private byte[] bytes = new byte[256];
  /** The last hash, {h1, h2}: reused, one per shingle would be garbage. */
  private final long[] hash = new long[2];

  ShingleMinHash(int shingle, int buckets) {
    if (buckets != 256) {
      throw new IllegalArgumentException("bucket arithmetic assumes 256 buckets, got " + buckets);
    }
    this.shingle = shingle;
    this.high = new long[buckets];
    this.low = new long[buckets];
    this.filled = new boolean[buckets];
    this.emitted = new boolean[buckets];
  }

  /**
   * The distinct terms, in bucket order, of the {@code count} words where word i is {@code
   * chars[bounds[i], bounds[i + 1])} (lower-cased, consecutive positions); empty without words.
   */
  Set<String> terms(char[] chars, int[] bounds, int count) {
    java.util.Arrays.fill(filled, false);
    joinWords(chars, bounds, count);
    if (count < shingle) {
      for (int i = 0; i < count; i++) {
        add(bounds, i, i + 1);
      }
    } else {
      for (int i = 0; i + shingle <= count; i++) {
        add(bounds, i, i + shingle);
      }
    }
    // Sized for every bucket: growing from 16 rehashed the set five times per article.
    Set<String> terms = new LinkedHashSet<>(2 * filled.length);
    if (count == 0) {
      return terms;
    }
    java.util.Arrays.fill(emitted, false);
    for (int b = 0; b < filled.length; b++) {
      int from = b;
      while (!filled[from]) {
        from = (from + 1) % filled.length; // rotation: an empty bucket takes the next one's
      }
      // A value belongs to one bucket, so a bucket's term is new exactly when it is first read.
      if (!emitted[from]) {
        emitted[from] = true;
        terms.add(encode(high[from], low[from]));
      }
    }
    return terms;
  }

  /**
   * Writes the words joined by single spaces, as UTF-16LE, into {@code bytes} once: the shingle of
   * words {@code [from, to)} is then the slice from word {@code from}'s first byte to word {@code
   * to - 1}'s last, hashed in place instead of copied out for each of the shingles it is part of.
   */
  private void joinWords(char[] chars, int[] bounds, int count) {
    int length = count == 0 ? 0 : 2 * (bounds[count] - bounds[0] + count - 1);
    if (bytes.length < length) {
      bytes = new byte[Math.max(length, 2 * bytes.length)];
    }
    int n = 0;
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        bytes[n++] = ' ';
        bytes[n++] = 0;
      }
      for (int i = bounds[w]; i < bounds[w + 1]; i++) {
        bytes[n++] = (byte) chars[i];
        bytes[n++] = (byte) (chars[i] >> 8);
      }
    }
  }

  /** Hashes words {@code [from, to)} joined by spaces (see {@link #joinWords}) into their bucket. */
  private void add(int[] bounds, int from, int to) {
    int start = 2 * (bounds[from] - bounds[0] + from);
    int length = 2 * (bounds[to] - bounds[from] + (to - from - 1));
    murmur(bytes, start, length, hash);
    long v1 = hash[0] * 37 + INT_HASH_0[0];
    long v2 = hash[1] * 37 + INT_HASH_0[1];
    int bucket = (int) (v2 >>> 56); // (v2 >>> 32) / (2^32 / 256)
    if (!filled[bucket] || less(v2, v1, high[bucket], low[bucket])) {
      filled[bucket] = true;
      high[bucket] = v2;
      low[bucket] = v1;
    }
  }

  private static boolean less(long high1, long low1, long high2, long low2) {
    int c = Long.compareUnsigned(high1, high2);
    return c < 0 || (c == 0 && Long.compareUnsigned(low1, low2) < 0);
  }

  /** MinHashFilter's term (the high then the low long, as eight chars) in CopySignature's base64. */
  private static String encode(long high, long low) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (high >>> (56 - 8 * i));
      b[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return BASE64.encodeToString(b);
  }

  /** MurmurHash3 x64 128, seed 0: {h1, h2}. */
  static long[] murmur(byte[] key, int len) {
    long[] out = new long[2];
    murmur(key, 0, len, out);
    return out;
  }

  /** MurmurHash3 x64 128, seed 0, of {@code key[offset, offset + len)} into {@code out}. */
  static void murmur(byte[] key, int offset, int len, long[] out) {
    long h1 = 0;
    long h2 = 0;
    int blocks = len & ~15;
    for (int i = 0; i < blocks; i += 16) {
      long k1 = (long) LONG_LE.get(key, offset + i);
      long k2 = (long) LONG_LE.get(key, offset + i + 8);
      h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    for (int i = len - 1; i >= blocks + 8; i--) {
      k2 = (k2 << 8) | (key[offset + i] & 0xffL);
    }
    for (int i = Math.min(len, blocks + 8) - 1; i >= blocks; i--) {
      k1 = (k1 << 8) | (key[offset + i] & 0xffL);
    }
    if (len > blocks + 8) {
      h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
    }
    if (len > blocks) {
      h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
    }
    h1 ^= len;
    h2 ^= len;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    out[0] = h1;
    out[1] = h2;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
