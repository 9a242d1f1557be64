package org.canbo.extract.figure;

import java.util.Arrays;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.segment.Workspace;

/**
 * The segmented words of one document as parallel offset arrays, for finding the word that starts
 * right after a number. Thread-confined, one per document.
 */
final class DocumentWords {
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private String[] types = new String[64];
  private int size;

  private DocumentWords() {}

  /** Segments {@code text} once. */
  static DocumentWords of(VietnameseSegmenter segmenter, String text) {
    DocumentWords w = new DocumentWords();
    Workspace workspace = segmenter.newWorkspace();
    segmenter.segment(text, workspace, w::add);
    return w;
  }

  private void add(int start, int end, String type) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      types = Arrays.copyOf(types, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = type;
    size++;
  }

  /** Index of the first word starting at or after {@code pos}, or -1. */
  int firstAtOrAfter(int pos) {
    int i = Arrays.binarySearch(starts, 0, size, pos);
    if (i < 0) {
      i = -i - 1;
    }
    return i < size ? i : -1;
  }

  /** Index of the last word ending at or before {@code pos}, or -1. */
  int lastEndingBy(int pos) {
    int i = firstAtOrAfter(pos);
    int j = (i < 0 ? size : i) - 1;
    while (j >= 0 && ends[j] > pos) {
      j--;
    }
    return j;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String type(int i) {
    return types[i];
  }

  int size() {
    return size;
  }
}
