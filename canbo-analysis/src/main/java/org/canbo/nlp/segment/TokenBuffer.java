package org.canbo.nlp.segment;

import java.util.Arrays;

/** Growable parallel arrays of lexer tokens for one text; part of a thread-confined workspace. */
final class TokenBuffer {
  /** Token flag: first letter upper case, the rest not all upper case ("Quảng", "A"). */
  static final int TITLE = 1;
  /** Token flag: starts a sentence (text start, after . ! ? : or a line break). */
  static final int SENTENCE_START = 2;

  int[] start = new int[256];
  int[] end = new int[256];
  byte[] kind = new byte[256];
  byte[] flags = new byte[256];
  /** Syllable id of the folded token, or {@link SyllableTable#UNKNOWN}. */
  int[] syllable = new int[256];
  int size;

  void clear() {
    size = 0;
  }

  void add(int s, int e, TokenKind k, int f, int syl) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      kind = Arrays.copyOf(kind, n);
      flags = Arrays.copyOf(flags, n);
      syllable = Arrays.copyOf(syllable, n);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = (byte) k.ordinal();
    flags[size] = (byte) f;
    syllable[size] = syl;
    size++;
  }

  TokenKind kind(int i) {
    return TokenKind.VALUES[kind[i]];
  }

  boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }
}
