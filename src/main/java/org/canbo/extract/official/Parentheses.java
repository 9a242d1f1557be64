package org.canbo.extract.official;

/**
 * Short bracketed details after a name ("(sinh năm 1968)", "(thứ 3 từ phải sang)", "(Lê Việt
 * Thắng)") that stand between the name and its post. Stateless.
 */
final class Parentheses {
  /** Longest bracketed detail skipped, in tokens. */
  private static final int MAX_TOKENS = 16;

  private Parentheses() {}

  /** The index after the ")" closing the "(" at {@code open}, or -1 when none is near. */
  static int close(TaggedSentence t, int open) {
    if (!t.is(open, "(")) {
      return -1;
    }
    for (int i = open + 1; i < t.size() && i <= open + MAX_TOKENS; i++) {
      if (t.is(i, ")")) {
        return i + 1;
      } else if (t.is(i, "(")) {
        return -1;
      }
    }
    return -1;
  }
}
