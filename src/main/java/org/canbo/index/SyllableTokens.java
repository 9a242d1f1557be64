package org.canbo.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.canbo.text.Diacritics;
import org.canbo.text.ToneMarks;

/**
 * One tokenization of a text feeding the syllable fields, which used to analyse it once each:
 * the exact terms ({@link SyllableAnalyzer#exact()}: tone-canonical, lower case), the folded terms
 * ({@link SyllableAnalyzer#folded()}) and the lower-cased words of the copy signature, all from a
 * single {@link StandardTokenizer} pass, with the analyzers' offsets and positions.
 *
 * <p>Only for NFC text ({@link #of} returns null otherwise): the analyzers normalise first, which
 * is a no-op on NFC text, so the tokens are the same. Built and read on one thread.
 */
final class SyllableTokens {
  /** The bare tokenizer, reused per thread by the analyzer's strategy. */
  private static final Analyzer TOKENIZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };

  private final char[] exact;
  private final char[] lower;
  /** Token i is {@code exact[bounds[i], bounds[i + 1])}, and the same range of {@code lower}. */
  private int[] bounds = new int[65];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] increments = new int[64];
  private int count;
  private int endIncrement;
  private int finalOffset;

  private SyllableTokens(int length) {
    this.exact = new char[length];
    this.lower = new char[length];
  }

  /** The tokens of {@code text}, or null when it is not NFC (then analyse each field itself). */
  static SyllableTokens of(String text) {
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return null;
    }
    SyllableTokens tokens = new SyllableTokens(text.length());
    try (TokenStream ts = TOKENIZER.tokenStream("", text)) {
      tokens.read(ts);
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizing a string does no I/O", e);
    }
    return tokens;
  }

  private void read(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      add(term, offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
    }
    ts.end();
    endIncrement = increment.getPositionIncrement();
    finalOffset = offset.endOffset();
  }

  /** Keeps the raw term lower-cased (LowerCaseFilter) and tone-canonical then lower-cased. */
  private void add(CharTermAttribute term, int start, int end, int increment) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      increments = Arrays.copyOf(increments, count * 2);
      bounds = Arrays.copyOf(bounds, count * 2 + 1);
    }
    int from = bounds[count];
    int n = term.length();
    char[] buffer = term.buffer();
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      ascii &= buffer[i] < 0x80;
    }
    System.arraycopy(buffer, 0, lower, from, n);
    CharacterUtils.toLowerCase(lower, from, from + n);
    if (ascii) {
      System.arraycopy(lower, from, exact, from, n);
    } else {
      // ToneMarkFilter then LowerCaseFilter, in place: canonical placement keeps the length.
      System.arraycopy(buffer, 0, exact, from, n);
      ToneMarks.canonicalize(exact, from, from + n);
      CharacterUtils.toLowerCase(exact, from, from + n);
    }
    starts[count] = start;
    ends[count] = end;
    increments[count] = increment;
    bounds[count + 1] = from + n;
    count++;
  }

  /** The exact field's tokens. */
  TokenStream exact() {
    return new Replay(exact, false);
  }

  /** The folded field's tokens: the exact terms without diacritics. */
  TokenStream folded() {
    return new Replay(exact, true);
  }

  /**
   * The syllable-pair field's tokens: for each exact token, the pair it opens with the next one
   * when that is at the next position ({@link #pair}), else {@link #NO_PAIR}; one token per
   * syllable, so the pair field's length, and its norm, is the exact field's. A phrase of two
   * syllables occurs in a document exactly as often as its pair does.
   */
  TokenStream pairs() {
    return new Pairs();
  }

  /** The pair term of two adjacent exact terms: joined by a space, which no term holds. */
  static String pair(String first, String second) {
    return first + ' ' + second;
  }

  /** Stands in for a syllable that opens no pair (the last one, or one before a gap). */
  static final String NO_PAIR = "|";

  /** True when every token, and the end, is one position after the previous. */
  boolean consecutive() {
    for (int i = 0; i < count; i++) {
      if (increments[i] != 1) {
        return false;
      }
    }
    return endIncrement == 0;
  }

  /** The lower-cased words as the copy signature reads them: chars, bounds and count. */
  char[] lowerChars() {
    return lower;
  }

  int[] bounds() {
    return bounds;
  }

  int count() {
    return count;
  }

  /** The pair of each token and the next, one position each, without offsets. */
  private final class Pairs extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      if (next + 1 < count && increments[next + 1] == 1) {
        int from = bounds[next];
        int middle = bounds[next + 1];
        int n = bounds[next + 2] - from + 1;
        char[] buffer = term.resizeBuffer(n);
        System.arraycopy(exact, from, buffer, 0, middle - from);
        buffer[middle - from] = ' ';
        System.arraycopy(exact, middle, buffer, middle - from + 1, bounds[next + 2] - middle);
        term.setLength(n);
      } else {
        term.setEmpty().append(NO_PAIR);
      }
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }

  /** Replays the kept tokens with their offsets, positions and final offset. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final char[] chars;
    private final boolean fold;
    private int next;

    Replay(char[] chars, boolean fold) {
      this.chars = chars;
      this.fold = fold;
    }

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      int from = bounds[next];
      int n = bounds[next + 1] - from;
      char[] buffer = term.resizeBuffer(n);
      for (int i = 0; i < n; i++) {
        buffer[i] = fold ? Diacritics.fold(chars[from + i]) : chars[from + i];
      }
      term.setLength(n);
      offset.setOffset(starts[next], ends[next]);
      increment.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      increment.setPositionIncrement(endIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
