package org.canbo.extract.figure;

import java.util.Arrays;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.sentence.Sentence;

/**
 * The segmented words of a document's sentences that hold digits, for finding the word right
 * after or before a number: the words of all such sentences the extractor has reached, in text
 * order, as if concatenated. A sentence is registered when reached but segmented (by the word
 * layer) only when a lookup first needs its words: most digit-holding sentences hold only dates
 * or labels and no figure reads their words, and segmenting them was a quarter of the stage. A
 * lookup answers from exactly the registered sentences, so it gives what segmenting them all up
 * front gave. A word is known by a handle, its sentence's slot (high 32 bits) and its index in
 * that sentence; -1 is none. Thread-confined, one per document.
 */
final class DocumentWords {
  private final SentenceWords layer;
  private final String text;
  /** The registered sentences' indices in the sentence layer, and their ends, in text order. */
  private int[] indices = new int[16];
  private int[] ends = new int[16];
  /** The words of each registered sentence, once a lookup has needed them. */
  private SentenceWords.Words[] read = new SentenceWords.Words[16];
  private int count;
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
    if (count == indices.length) {
      indices = Arrays.copyOf(indices, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      read = Arrays.copyOf(read, count * 2);
    }
    indices[count] = s.index();
    ends[count] = s.end();
    count++;
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

  /** The first word starting at or after {@code pos}, or -1. */
  long firstAtOrAfter(int pos) {
    // a sentence's words lie within it: one ending before pos has none starting at or after it
    for (int k = firstEndingAtOrAfter(pos); k < count; k++) {
      SentenceWords.Words w = words(k);
      int i = firstStartAtOrAfter(w, pos);
      if (i < w.size()) {
        return handle(k, i);
      }
    }
    return -1;
  }

  /** The last word ending at or before {@code pos}, or -1. */
  long lastEndingBy(int pos) {
    long i = firstAtOrAfter(pos);
    long j = i < 0 ? last() : previous(i);
    while (j >= 0 && end(j) > pos) {
      j = previous(j);
    }
    return j;
  }

  /** The word before word {@code h} (in an earlier registered sentence if need be), or -1. */
  long previous(long h) {
    int k = slot(h);
    int i = index(h);
    if (i > 0) {
      return handle(k, i - 1);
    }
    return lastBefore(k);
  }

  int start(long h) {
    return words(slot(h)).start(index(h));
  }

  int end(long h) {
    return words(slot(h)).end(index(h));
  }

  private long last() {
    return lastBefore(count);
  }

  /** The last word of the registered sentences before slot {@code k}, or -1. */
  private long lastBefore(int k) {
    for (int j = k - 1; j >= 0; j--) {
      int size = words(j).size();
      if (size > 0) {
        return handle(j, size - 1);
      }
    }
    return -1;
  }

  private int firstEndingAtOrAfter(int pos) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int firstStartAtOrAfter(SentenceWords.Words w, int pos) {
    int lo = 0;
    int hi = w.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (w.start(mid) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private SentenceWords.Words words(int k) {
    SentenceWords.Words w = read[k];
    if (w == null) {
      w = layer.of(indices[k]);
      read[k] = w;
    }
    return w;
  }

  /** How many of the registered sentences a lookup has needed the words of (for tests). */
  int sentencesRead() {
    int n = 0;
    for (int k = 0; k < count; k++) {
      n += read[k] == null ? 0 : 1;
    }
    return n;
  }

  private static long handle(int k, int i) {
    return ((long) k << 32) | i;
  }

  private static int slot(long h) {
    return (int) (h >>> 32);
  }

  private static int index(long h) {
    return (int) h;
  }
}
