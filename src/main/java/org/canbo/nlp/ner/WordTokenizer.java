package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.text.CanonicalText;
import org.canbo.text.ToneMarks;

/**
 * Word tokens for the statistical name finder: the segmenter's words, written with "_" between
 * syllables ("Bí_thư", "Hồ_Văn_Vịnh") in canonical tone placement, except that a capitalised run
 * the segmenter glued from a place and a person ("Kiên_Giang_Nguyễn_Thanh_Nghị") is split where
 * a gazetteer name ends and a family name begins. Training data and use must tokenise alike, so
 * both go through this class. Thread-safe.
 */
public final class WordTokenizer {
  private final VietnameseSegmenter segmenter;
  private final Gazetteer gazetteer;
  private final PostVocabulary vocabulary;

  public WordTokenizer(VietnameseSegmenter segmenter, Gazetteer gazetteer, PostVocabulary vocabulary) {
    this.segmenter = segmenter;
    this.gazetteer = gazetteer;
    this.vocabulary = vocabulary;
  }

  /** The word tokens of {@code text[from, to)} with offsets into {@code text}. */
  public Tokens words(String text, int from, int to) {
    return words(text, SentenceWords.segment(segmenter, segmenter.newWorkspace(), text, from, to));
  }

  /** {@link #words(String, int, int)} with the words' canonical forms read from {@code canonical}. */
  public Tokens words(String text, CanonicalText canonical, int from, int to) {
    return words(text, canonical,
        SentenceWords.segment(segmenter, segmenter.newWorkspace(), text, from, to));
  }

  /** The word tokens of words already segmented (a sentence of the word layer). */
  public Tokens words(String text, SentenceWords.Words segmented) {
    return words(text, null, segmented);
  }

  /**
   * The word tokens of words already segmented, their canonical forms read from {@code canonical}
   * (the text's layer) or, when null, computed.
   */
  public Tokens words(String text, CanonicalText canonical, SentenceWords.Words segmented) {
    List<int[]> spans = new ArrayList<>(segmented.size() + 4);
    for (int i = 0; i < segmented.size(); i++) {
      int s = segmented.start(i);
      int e = segmented.end(i);
      int cut = segmented.type(i).equals(VietnameseSegmenter.NAME)
          ? placePersonBoundary(text, s, e) : -1;
      if (cut > 0) {
        spans.add(new int[] {s, cut - 1});
        spans.add(new int[] {cut, e});
      } else {
        spans.add(new int[] {s, e});
      }
    }
    String[] toks = new String[spans.size()];
    int[] starts = new int[toks.length];
    int[] ends = new int[toks.length];
    for (int i = 0; i < toks.length; i++) {
      int[] sp = spans.get(i);
      toks[i] = underscored(canonical == null
          ? ToneMarks.canonical(text.substring(sp[0], sp[1]))
          : canonical.canonical(text, sp[0], sp[1]));
      starts[i] = sp[0];
      ends[i] = sp[1];
    }
    return new Tokens(toks, starts, ends);
  }

  /** {@code word} with each run of whitespace (what regex {@code \s} matches) written as one "_". */
  private static String underscored(String word) {
    StringBuilder b = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isSpace(c) && b == null) {
        b = new StringBuilder(word.length()).append(word, 0, i);
      }
      if (b == null) {
        continue;
      }
      if (!isSpace(c)) {
        b.append(c);
      } else if (i == 0 || !isSpace(word.charAt(i - 1))) {
        b.append('_');
      }
    }
    return b == null ? word : b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Start of the person in a "place + person" name word, or -1 when it is not one. */
  private int placePersonBoundary(String text, int start, int end) {
    String[] syl = text.substring(start, end).split(" ");
    if (syl.length < 3) {
      return -1;
    }
    for (int k = syl.length - 2; k >= 1; k--) {
      int rest = syl.length - k;
      if (rest > 4 || !vocabulary.isFamilyName(syl[k])) {
        continue;
      }
      if (gazetteer.contains(String.join(" ", java.util.Arrays.copyOfRange(syl, 0, k)))) {
        int offset = start;
        for (int i = 0; i < k; i++) {
          offset += syl[i].length() + 1;
        }
        return offset;
      }
    }
    return -1;
  }
}
