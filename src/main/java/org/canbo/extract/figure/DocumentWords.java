package org.canbo.extract.figure;

import java.util.Arrays;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.segment.Workspace;

/**
 * The segmented words of a document's sentences that hold digits, as parallel offset arrays, for
 * finding the word right after or before a number: only those sentences are segmented, in text
 * order as the extractor reaches them. Thread-confined, one per document.
 */
final class DocumentWords {
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private String[] types = new String[64];
  private int size;

  private final VietnameseSegmenter segmenter;
  private final Workspace workspace;
  private final String text;
  private int segmentedTo;

  private DocumentWords(VietnameseSegmenter segmenter, String text) {
    this.segmenter = segmenter;
    this.workspace = segmenter.newWorkspace();
    this.text = text;
  }

  /** Words of {@code text}, none segmented yet. */
  static DocumentWords of(VietnameseSegmenter segmenter, String text) {
    return new DocumentWords(segmenter, text);
  }

  /** Segments {@code text[start, end)} when it holds a digit; call in text order. */
  void sentence(int start, int end) {
    if (start < segmentedTo || !hasDigit(start, end)) {
      return;
    }
    segmenter.segment(text.subSequence(start, end), workspace,
        (s, e, type) -> add(start + s, start + e, type));
    segmentedTo = end;
  }

  private boolean hasDigit(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
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
