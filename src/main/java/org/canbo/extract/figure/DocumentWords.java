package org.canbo.extract.figure;

import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.sentence.Sentence;

/**
 * The segmented words of a document's sentences that hold digits, as parallel offset arrays, for
 * finding the word right after or before a number: only those sentences' words are taken from the
 * word layer, in text order as the extractor reaches them. Thread-confined, one per document.
 */
final class DocumentWords {
  private final SentenceWords.Builder words = new SentenceWords.Builder();
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
    words.addAll(layer.of(s.index()));
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

  /** Index of the first word starting at or after {@code pos}, or -1. */
  int firstAtOrAfter(int pos) {
    return words.firstAtOrAfter(pos);
  }

  /** Index of the last word ending at or before {@code pos}, or -1. */
  int lastEndingBy(int pos) {
    int i = firstAtOrAfter(pos);
    int j = (i < 0 ? words.size() : i) - 1;
    while (j >= 0 && words.end(j) > pos) {
      j--;
    }
    return j;
  }

  int start(int i) {
    return words.start(i);
  }

  int end(int i) {
    return words.end(i);
  }

  String type(int i) {
    return words.type(i);
  }

  int size() {
    return words.size();
  }
}
