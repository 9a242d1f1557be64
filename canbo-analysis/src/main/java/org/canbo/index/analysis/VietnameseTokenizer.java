package org.canbo.index.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.segment.Workspace;
import org.canbo.text.LowerCase;
import org.canbo.text.ToneMarks;

/**
 * Emits Vietnamese words ("hồ_văn_vịnh", "bí_thư", "04-nq/tu") with offsets into the original
 * text; terms are lower case with canonical tone placement and syllables joined by {@code _}.
 *
 * <p>Punctuation and symbols are dropped without leaving position gaps, like StandardTokenizer.
 * Input is read in chunks of at most {@link #CHUNK} chars, cut after a sentence end or at a space,
 * so a long document needs bounded memory.
 */
public final class VietnameseTokenizer extends Tokenizer {
  static final int CHUNK = 1 << 15;
  private final VietnameseSegmenter segmenter;
  private final Workspace workspace;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final char[] buffer = new char[CHUNK];
  private int filled;
  private boolean eof;
  /** Chars before {@code buffer[0]} in the whole input. */
  private int base;
  private String chunk = "";
  private String folded = "";
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private String[] types = new String[64];
  private int words;
  private int next;

  public VietnameseTokenizer(VietnameseSegmenter segmenter) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter);
  }

  public VietnameseTokenizer(AttributeFactory factory, VietnameseSegmenter segmenter) {
    super(factory);
    this.segmenter = segmenter;
    this.workspace = segmenter.newWorkspace();
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (next == words) {
      if (!nextChunk()) {
        return false;
      }
    }
    int s = starts[next];
    int e = ends[next];
    type.setType(types[next]);
    next++;
    setTerm(term, folded, s, e);
    position.setPositionIncrement(1);
    int chunkBase = base - chunk.length();
    offset.setOffset(correctOffset(chunkBase + s), correctOffset(chunkBase + e));
    return true;
  }

  /**
   * Sets {@code term} to the word {@code folded[start, end)} of the tone-canonical text: lower
   * case, its syllables joined by {@code _}. Also for streams that replay segmented words.
   */
  public static void setTerm(CharTermAttribute term, CharSequence folded, int start, int end) {
    term.setEmpty();
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = folded.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        term.append('_');
        space = false;
      }
      term.append(LowerCase.of(c));
    }
  }

  /** True for the word types the tokenizer emits: all but punctuation and other symbols. */
  public static boolean isIndexed(String type) {
    return !type.equals("punct") && !type.equals("other");
  }

  /** True when the tokenizer reads {@code text} in one chunk, as one segmenter call. */
  public static boolean isOneChunk(CharSequence text) {
    return text.length() < CHUNK;
  }

  /** Whitespace or a space char; printable ASCII, most of a term's chars, is neither. */
  private static boolean isSpace(char c) {
    if (c > ' ' && c < 127) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Reads and segments the next chunk; false at the end of the input. */
  private boolean nextChunk() throws IOException {
    while (!eof && filled < buffer.length) {
      int n = input.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
      }
    }
    if (filled == 0) {
      return false;
    }
    int cut = eof ? filled : cut(buffer, filled);
    chunk = new String(buffer, 0, cut);
    folded = ToneMarks.canonical(chunk);
    System.arraycopy(buffer, cut, buffer, 0, filled - cut);
    filled -= cut;
    base += cut;
    words = 0;
    next = 0;
    segmenter.segment(chunk, folded, workspace, this::collect);
    return true;
  }

  private void collect(int s, int e, String t) {
    if (!isIndexed(t)) {
      return; // not searchable; positions stay contiguous
    }
    if (words == starts.length) {
      starts = Arrays.copyOf(starts, words * 2);
      ends = Arrays.copyOf(ends, words * 2);
      types = Arrays.copyOf(types, words * 2);
    }
    starts[words] = s;
    ends[words] = e;
    types[words] = t;
    words++;
  }

  /** After the last sentence end in the second half of the buffer, else at the last space. */
  static int cut(char[] b, int n) {
    int lastSpace = -1;
    for (int i = n - 1; i > 0; i--) {
      if (Character.isWhitespace(b[i])) {
        char p = b[i - 1];
        if ((p == '.' || p == '!' || p == '?') && i > n / 2) {
          return i;
        }
        if (lastSpace < 0) {
          lastSpace = i;
        }
      }
    }
    if (lastSpace > 0) {
      return lastSpace;
    }
    return Character.isHighSurrogate(b[n - 1]) ? n - 1 : n;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(base + filled);
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    filled = 0;
    eof = false;
    base = 0;
    chunk = "";
    folded = "";
    words = 0;
    next = 0;
  }
}
