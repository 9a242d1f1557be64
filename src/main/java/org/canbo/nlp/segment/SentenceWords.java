package org.canbo.nlp.segment;

import java.util.Arrays;
import java.util.List;
import org.canbo.nlp.sentence.Sentence;

/**
 * The word layer of one document: the segmenter's words of each sentence, with offsets into the
 * document text. A sentence is segmented when an extractor first asks for it and kept for the
 * others, so each sentence is segmented at most once and sentences no extractor reads cost
 * nothing. Thread-confined like the document's pass through the pipeline.
 */
public final class SentenceWords {
  private final VietnameseSegmenter segmenter;
  private final String text;
  private final List<Sentence> sentences;
  private final Words[] done;
  private Workspace workspace;

  public SentenceWords(VietnameseSegmenter segmenter, String text, List<Sentence> sentences) {
    this.segmenter = segmenter;
    this.text = text;
    this.sentences = List.copyOf(sentences);
    this.done = new Words[sentences.size()];
  }

  /** The words of sentence {@code index} (its position in the sentence layer). */
  public Words of(int index) {
    Words w = done[index];
    if (w == null) {
      if (workspace == null) {
        workspace = segmenter.newWorkspace();
      }
      Sentence s = sentences.get(index);
      w = segment(segmenter, workspace, text, s.start(), s.end());
      done[index] = w;
    }
    return w;
  }

  /**
   * The words of the whole text as the segmenter gives them for it in one piece ({@code folded}
   * is its tone-canonical form), to {@code sink} in order. A sentence already segmented is not
   * segmented again when the text can be cut before and after it ({@link
   * VietnameseSegmenter#cut}): then its words are those of the whole text, but for its first run
   * of syllables, which is solved again after the punctuation before it (its left context in the
   * whole text). The stretches between such sentences are segmented, each from the punctuation
   * before it. Returns how many chars of sentences were not segmented again.
   */
  public int wholeText(String folded, WordConsumer sink) {
    int reused = 0;
    int n = text.length();
    int m = sentences.size();
    int from = 0; // the words before this are out
    int context = 0; // where the lexer starts for the words from {@code from}: the cut's token
    // The cut before sentence i; before the first, only spaces: a cut with no token before it.
    int before = m > 0 && isBlank(0, sentences.get(0).start()) ? sentences.get(0).start() : -1;
    for (int i = 0; i < m; i++) {
      Sentence s = sentences.get(i);
      boolean last = i + 1 == m;
      boolean reusable = done[i] != null && before >= 0;
      int after = -1;
      if (reusable || (!last && done[i + 1] != null)) {
        after = last ? (isBlank(s.end(), n) ? s.end() : -1)
            : segmenter.cut(text, s.end(), sentences.get(i + 1).start());
      }
      if (reusable && after >= 0) {
        segment(folded, context, from, s.start(), sink);
        replay(folded, done[i], before, s.start(), sink);
        from = s.end();
        context = after;
        reused += s.end() - s.start();
      }
      before = after;
    }
    segment(folded, context, from, n, sink);
    return reused;
  }

  /**
   * The words of a segmented sentence starting at {@code start} in the whole text, after the
   * cut token at {@code before}: its first run of syllables solved again from there.
   */
  private void replay(String folded, Words w, int before, int start, WordConsumer sink) {
    int k = 0;
    while (k < w.size() && isRunWord(w.type(k))) {
      k++;
    }
    if (k > 0 && before < start) {
      segment(folded, before, start, w.end(k - 1), sink);
    } else {
      k = 0;
    }
    for (; k < w.size(); k++) {
      sink.word(w.start(k), w.end(k), w.type(k));
    }
  }

  private static boolean isRunWord(String type) {
    return type.equals(VietnameseSegmenter.WORD) || type.equals(VietnameseSegmenter.NAME);
  }

  /** The words of {@code text[from, to)}, lexed from {@code context} (which leaves no words). */
  private void segment(String folded, int context, int from, int to, WordConsumer sink) {
    if (isBlank(from, to)) {
      return;
    }
    if (workspace == null) {
      workspace = segmenter.newWorkspace();
    }
    segmenter.segment(text, folded, context, to, workspace, (s, e, type) -> {
      if (s >= from) {
        sink.word(s, e, type);
      }
    });
  }

  private boolean isBlank(int from, int to) {
    return VietnameseSegmenter.isBlank(text, from, to);
  }

  /** The segmenter the words come from. */
  public VietnameseSegmenter segmenter() {
    return segmenter;
  }

  /** The text the words are offsets into. */
  public String text() {
    return text;
  }

  /** The words of {@code text[from, to)} segmented on their own, with offsets into {@code text}. */
  public static Words segment(VietnameseSegmenter segmenter, Workspace workspace, String text,
      int from, int to) {
    Builder b = new Builder();
    segmenter.segment(text.subSequence(from, to), workspace,
        (s, e, type) -> b.add(from + s, from + e, type));
    return b.build();
  }

  /** The words of one stretch of text: parallel arrays of start, end and segmenter span type. */
  public static final class Words {
    private final int[] starts;
    private final int[] ends;
    private final String[] types;

    private Words(int[] starts, int[] ends, String[] types) {
      this.starts = starts;
      this.ends = ends;
      this.types = types;
    }

    public int size() {
      return starts.length;
    }

    public int start(int i) {
      return starts[i];
    }

    public int end(int i) {
      return ends[i];
    }

    /** {@link VietnameseSegmenter#WORD}, {@link VietnameseSegmenter#NAME} or a token kind's type. */
    public String type(int i) {
      return types[i];
    }
  }

  /**
   * Growable parallel arrays of word start, end and type, read while they grow (the figure
   * extractor collects a document's digit-holding sentences in one) and frozen by {@link #build()}.
   */
  public static final class Builder {
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] types = new String[32];
    private int size;

    public void add(int start, int end, String type) {
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

    /** Adds every word of {@code words}. */
    public void addAll(Words words) {
      for (int i = 0; i < words.size(); i++) {
        add(words.start(i), words.end(i), words.type(i));
      }
    }

    public int size() {
      return size;
    }

    public int start(int i) {
      return starts[i];
    }

    public int end(int i) {
      return ends[i];
    }

    public String type(int i) {
      return types[i];
    }

    /** Index of the first word starting at or after {@code pos} (words added in text order), or -1. */
    public int firstAtOrAfter(int pos) {
      int i = Arrays.binarySearch(starts, 0, size, pos);
      if (i < 0) {
        i = -i - 1;
      }
      return i < size ? i : -1;
    }

    public Words build() {
      return new Words(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
          Arrays.copyOf(types, size));
    }
  }
}
