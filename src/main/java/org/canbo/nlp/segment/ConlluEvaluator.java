package org.canbo.nlp.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a segmenter against the gold words of a CoNLL-U file: each sentence is rebuilt from its
 * FORMs joined by spaces, segmented, and words compared by their span in that rebuilt text.
 *
 * <p>Spans rather than syllable indices so that a segmenter splitting inside a gold syllable
 * ("TP." into "TP" and ".") is counted wrong, not silently merged.
 */
public final class ConlluEvaluator {
  private final VietnameseSegmenter segmenter;

  public ConlluEvaluator(VietnameseSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** Reads every sentence, then segments them all: one warm-up pass and one timed pass. */
  public SegmentationScore evaluate(BufferedReader conllu, List<String> errors) throws IOException {
    List<Sentence> sentences = read(conllu);
    Workspace workspace = segmenter.newWorkspace();
    long[] sink = new long[1];
    for (Sentence s : sentences) {
      segmenter.segment(s.text, workspace, (a, b, t) -> sink[0] += a);
    }
    long start = System.nanoTime();
    for (Sentence s : sentences) {
      segmenter.segment(s.text, workspace, (a, b, t) -> sink[0] += a);
    }
    long nanos = System.nanoTime() - start;
    long syllables = 0;
    long gold = 0;
    long predicted = 0;
    long correct = 0;
    for (Sentence s : sentences) {
      Set<Long> goldSpans = new HashSet<>(s.words);
      List<Long> ours = new ArrayList<>();
      segmenter.segment(s.text, workspace, (a, b, t) -> ours.add(((long) a << 32) | b));
      syllables += s.syllables;
      gold += goldSpans.size();
      predicted += ours.size();
      int ok = 0;
      for (long span : ours) {
        ok += goldSpans.contains(span) ? 1 : 0;
      }
      correct += ok;
      if (errors != null && ok != ours.size()) {
        errors.add(s.text);
      }
    }
    return new SegmentationScore(sentences.size(), syllables, gold, predicted, correct, nanos);
  }

  private record Sentence(String text, List<Long> words, int syllables) {}

  private static List<Sentence> read(BufferedReader in) throws IOException {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Long> words = new ArrayList<>();
    int[] syllables = {0};
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        flush(out, text, words, syllables);
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      if (cols.length < 2 || cols[0].indexOf('-') >= 0 || cols[0].indexOf('.') >= 0) {
        continue; // multiword-token ranges and empty nodes carry no new surface words
      }
      String form = cols[1].strip();
      if (form.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      words.add(((long) text.length() << 32) | (text.length() + form.length()));
      text.append(form);
      syllables[0] += form.split(" +").length;
    }
    flush(out, text, words, syllables);
    return out;
  }

  private static void flush(List<Sentence> out, StringBuilder text, List<Long> words, int[] syl) {
    if (!words.isEmpty()) {
      out.add(new Sentence(text.toString(), List.copyOf(words), syl[0]));
    }
    text.setLength(0);
    words.clear();
    syl[0] = 0;
  }
}
