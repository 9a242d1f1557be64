package org.canbo.model;

import java.util.Arrays;

/**
 * Where each page starts in the clean text, so any offset maps to the page researchers cite.
 * Documents without pages (TXT, HTML) have a single page starting at 0.
 */
public record PageMap(int[] starts) {
  public static final PageMap SINGLE = new PageMap(new int[] {0});

  public PageMap {
    if (starts.length == 0 || starts[0] != 0) {
      throw new IllegalArgumentException("page starts must begin with 0: " + Arrays.toString(starts));
    }
    for (int i = 1; i < starts.length; i++) {
      if (starts[i] < starts[i - 1]) {
        throw new IllegalArgumentException("page starts not sorted: " + Arrays.toString(starts));
      }
    }
    starts = starts.clone();
  }

  @Override
  public int[] starts() {
    return starts.clone();
  }

  public int pageCount() {
    return starts.length;
  }

  /** The 1-based page number that holds the char at {@code offset}. */
  public int pageOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      while (i + 1 < starts.length && starts[i + 1] == offset) {
        i++;
      }
      return i + 1;
    }
    return -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageMap p && Arrays.equals(starts, p.starts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts);
  }

  @Override
  public String toString() {
    return "PageMap" + Arrays.toString(starts);
  }
}
