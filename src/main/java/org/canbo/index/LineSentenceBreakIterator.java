package org.canbo.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sentence boundaries plus a boundary after every line break. The JDK sentence iterator runs
 * across "\n", which glued titles, datelines and photo captions into one long snippet; clean text
 * keeps one paragraph per line, so a line break always ends a passage.
 *
 * <p>All boundaries are computed in {@link #setText}: passages are per document, and a sorted
 * array makes following/preceding a binary search. The sentence and line boundaries both come in
 * order, so they are merged, not sorted; the JDK iterator is made once and reused.
 */
final class LineSentenceBreakIterator extends BreakIterator {
  private BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int current;

  /** As {@link #setText(CharacterIterator)}, finding the line breaks in the string itself. */
  @Override
  public void setText(String newText) {
    StringCharacterIterator chars = new StringCharacterIterator(newText);
    text = chars;
    sentences.setText((CharacterIterator) chars.clone());
    IntList lines = new IntList();
    for (int i = newText.indexOf('\n'); i >= 0; i = newText.indexOf('\n', i + 1)) {
      lines.add(i + 1);
    }
    bounds = merge(lines, 0, newText.length());
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    sentences.setText((CharacterIterator) newText.clone());
    IntList lines = new IntList();
    int end = newText.getEndIndex();
    for (int i = newText.getBeginIndex(); i < end; i++) {
      if (newText.setIndex(i) == '\n') {
        lines.add(i + 1);
      }
    }
    bounds = merge(lines, newText.getBeginIndex(), end);
    current = 0;
  }

  /**
   * The sentence boundaries (from the iterator, set to the text), the line starts, {@code begin}
   * and {@code end}: each list ascending, so one merge gives them sorted and distinct.
   */
  private int[] merge(IntList lines, int begin, int end) {
    IntList out = new IntList();
    out.add(begin);
    int l = 0;
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      for (; l < lines.size && lines.values[l] <= b; l++) {
        out.addIfAbove(lines.values[l]);
      }
      out.addIfAbove(b);
    }
    for (; l < lines.size; l++) {
      out.addIfAbove(lines.values[l]);
    }
    out.addIfAbove(end);
    return Arrays.copyOf(out.values, out.size);
  }

  /** A growable int array. */
  private static final class IntList {
    int[] values = new int[64];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    /** Adds {@code v} when above the last value: keeps the list strictly ascending. */
    void addIfAbove(int v) {
      if (size == 0 || v > values[size - 1]) {
        add(v);
      }
    }
  }

  /** A copy with its own sentence iterator, so the two can be given texts independently. */
  @Override
  public LineSentenceBreakIterator clone() {
    LineSentenceBreakIterator copy = (LineSentenceBreakIterator) super.clone();
    copy.sentences = (BreakIterator) sentences.clone();
    return copy;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return bounds[current];
  }

  @Override
  public int last() {
    current = bounds.length - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= bounds.length) {
      current = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    int after = i >= 0 ? i + 1 : -i - 1; // first boundary > offset
    if (after >= bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = after;
    return bounds[current];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    int before = (i >= 0 ? i : -i - 1) - 1; // last boundary < offset
    if (before < 0) {
      current = 0;
      return DONE;
    }
    current = before;
    return bounds[current];
  }

  @Override
  public int current() {
    return bounds[current];
  }
}
