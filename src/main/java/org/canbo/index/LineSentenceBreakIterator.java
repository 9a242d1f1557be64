package org.canbo.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Sentence boundaries plus a boundary after every line break. The JDK sentence iterator runs
 * across "\n", which glued titles, datelines and photo captions into one long snippet; clean text
 * keeps one paragraph per line, so a line break always ends a passage.
 *
 * <p>All boundaries are computed in {@link #setText}: passages are per document, and a sorted
 * array makes following/preceding a binary search.
 */
final class LineSentenceBreakIterator extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText((CharacterIterator) newText.clone());
    IntStream.Builder all = IntStream.builder();
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      all.add(b);
    }
    int end = newText.getEndIndex();
    for (int i = newText.getBeginIndex(); i < end; i++) {
      if (newText.setIndex(i) == '\n') {
        all.add(i + 1);
      }
    }
    all.add(newText.getBeginIndex());
    all.add(end);
    bounds = all.build().sorted().distinct().toArray();
    current = 0;
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
