package org.canbo.extract.figure;

import java.util.Arrays;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.sentence.Sentence;

/**
 * The segmented words of a document's sentences that hold digits, as parallel offset arrays, for
 * finding the word right after or before a number: only those sentences' words are taken from the
 * word layer, in text order as the extractor reaches them. Thread-confined, one per document.
 */
final class DocumentWords {
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private String[] types = new String[64];
  private int size;

  private final SentenceWords layer;
  private final String text;
  private int segmentedTo;

  private DocumentWords(SentenceWords layer, String text) {
    this.layer = layer;
    this.text = text;
  }

  /** Words of {@code text} from its word layer, none taken yet. */
  static DocumentWords of(SentenceWords layer, String text) {
    return new DocumentWords(layer, text);
  }

  /** Takes the words of sentence {@code s} when it holds a digit; call in text order. */
  void sentence(Sentence s) {
    if (s.start() < segmentedTo || !hasDigit(s.start(), s.end())) {
      return;
    }
    SentenceWords.Words w = layer.of(s.index());
    for (int i = 0; i < w.size(); i++) {
      add(w.start(i), w.end(i), w.type(i));
    }
    segmentedTo = s.end();
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
