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
