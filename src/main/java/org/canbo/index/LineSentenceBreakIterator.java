package org.canbo.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sentence boundaries plus a boundary after every line break. The JDK sentence iterator runs
 * across "\n", which glued titles, datelines and photo captions into one long snippet; clean text
 * keeps one paragraph per line, so a line break always ends a passage.
 *
 * <p>Boundaries are found front to back and only as far as asked: the highlighter walks a hit's
 * matches in order, so the sentences after its last match (all of them when it matches in the
 * title only) are never broken. The sentence and line boundaries both come in order, so they are
 * merged as they come, kept in an array in which following/preceding is a binary search; the JDK
 * iterator is made once and reused.
 *
 * <p>A text whose sentences the pipeline already found (the stored sentence layer of a hit, given
 * by {@code knownStarts}) takes its boundaries from them: the pipeline's splitter knows
 * Vietnamese abbreviations ("TP. Hà Nội", "PGS.TS.") that the JDK rules break after, and reading
 * the layer costs nothing next to running the rules over the whole text for every hit.
 */
final class LineSentenceBreakIterator extends BreakIterator {
  private final Function<String, int[]> knownStarts;
  private BreakIterator sentences; // made on the first text without known sentences
  private CharacterIterator text = new StringCharacterIterator("");
  private IntList lines = new IntList();
  private IntList bounds = new IntList();
  private int line; // the next line start to merge
  private int sentence; // the next sentence boundary to merge, DONE when all are merged
  private int end;
  private boolean complete;
  private int current;

  /** Sentences by the JDK's rules for every text. */
  LineSentenceBreakIterator() {
    this(text -> null);
  }

  /**
   * Sentences starting where {@code knownStarts} says for the texts it knows (null for the
   * others: the JDK's rules).
   */
  LineSentenceBreakIterator(Function<String, int[]> knownStarts) {
    this.knownStarts = knownStarts;
  }

  /** As {@link #setText(CharacterIterator)}, finding the line breaks in the string itself. */
  @Override
  public void setText(String newText) {
    StringCharacterIterator chars = new StringCharacterIterator(newText);
    text = chars;
    lines = new IntList();
    for (int i = newText.indexOf('\n'); i >= 0; i = newText.indexOf('\n', i + 1)) {
      lines.add(i + 1);
    }
    int[] known = knownStarts.apply(newText);
    if (known != null) {
      startKnown(known, newText.length());
    } else {
      start(chars, 0, newText.length());
    }
  }

  /** All boundaries at once: the known sentence starts, the line starts, the ends. */
  private void startKnown(int[] starts, int length) {
    int[] all = Arrays.copyOf(starts, starts.length + lines.size + 2);
    System.arraycopy(lines.values, 0, all, starts.length, lines.size);
    all[all.length - 2] = 0;
    all[all.length - 1] = length;
    Arrays.sort(all);
    bounds = new IntList();
    for (int b : all) {
      if (b >= 0 && b <= length) {
        bounds.addIfAbove(b);
      }
    }
    line = lines.size;
    sentence = DONE;
    end = length;
    complete = true;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    lines = new IntList();
    int last = newText.getEndIndex();
    for (int i = newText.getBeginIndex(); i < last; i++) {
      if (newText.setIndex(i) == '\n') {
        lines.add(i + 1);
      }
    }
    start(newText, newText.getBeginIndex(), last);
  }

  private void start(CharacterIterator chars, int begin, int last) {
    if (sentences == null) {
      sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    }
    sentences.setText((CharacterIterator) chars.clone());
    bounds = new IntList();
    bounds.add(begin);
    line = 0;
    sentence = sentences.first();
    end = last;
    complete = false;
    current = 0;
  }

  /**
   * Merges the next sentence boundary with the line starts up to it (or, past the last sentence,
   * the remaining line starts and the end): each list ascending, so the result is sorted and
   * distinct.
   */
  private void step() {
    if (sentence == DONE) {
      for (; line < lines.size; line++) {
        bounds.addIfAbove(lines.values[line]);
      }
      bounds.addIfAbove(end);
      complete = true;
      return;
    }
    for (; line < lines.size && lines.values[line] <= sentence; line++) {
      bounds.addIfAbove(lines.values[line]);
    }
    bounds.addIfAbove(sentence);
    sentence = sentences.next();
  }

  /** Finds boundaries until one is above {@code offset} or there are no more. */
  private void extendPast(int offset) {
    while (!complete && bounds.values[bounds.size - 1] <= offset) {
      step();
    }
  }

  /** Finds boundaries until there are more than {@code n} or there are no more. */
  private void extendTo(int n) {
    while (!complete && bounds.size <= n) {
      step();
    }
  }

  /** A growable int array. */
  private static final class IntList {
    int[] values = new int[64];
    int size;

    IntList copy() {
      IntList c = new IntList();
      c.values = values.clone();
      c.size = size;
      return c;
    }

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

  /** A copy with its own sentence iterator and boundaries, so the two can be given texts independently. */
  @Override
  public LineSentenceBreakIterator clone() {
    LineSentenceBreakIterator copy = (LineSentenceBreakIterator) super.clone();
    copy.sentences = sentences == null ? null : (BreakIterator) sentences.clone();
    copy.bounds = bounds.copy();
    return copy;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return bounds.values[current];
  }

  @Override
  public int last() {
    extendTo(Integer.MAX_VALUE);
    current = bounds.size - 1;
    return bounds.values[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target > 0) {
      extendTo(target);
    }
    if (target < 0 || target >= bounds.size) {
      current = target < 0 ? 0 : bounds.size - 1;
      return DONE;
    }
    current = target;
    return bounds.values[current];
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
    extendPast(offset);
    int i = Arrays.binarySearch(bounds.values, 0, bounds.size, offset);
    int after = i >= 0 ? i + 1 : -i - 1; // first boundary > offset
    if (after >= bounds.size) {
      current = bounds.size - 1;
      return DONE;
    }
    current = after;
    return bounds.values[current];
  }

  @Override
  public int preceding(int offset) {
    extendPast(offset - 1);
    int i = Arrays.binarySearch(bounds.values, 0, bounds.size, offset);
    int before = (i >= 0 ? i : -i - 1) - 1; // last boundary < offset
    if (before < 0) {
      current = 0;
      return DONE;
    }
    current = before;
    return bounds.values[current];
  }

  @Override
  public int current() {
    return bounds.values[current];
  }
}
