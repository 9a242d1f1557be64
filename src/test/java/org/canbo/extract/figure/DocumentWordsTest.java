package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canbo.SampleTexts;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentWords}, which segments a digit-holding sentence only when a lookup needs its
 * words, answers every lookup as the eager version it replaced did (all such sentences' words
 * copied into one array as the extractor reached them), at every position of every sentence of
 * the seeds and the dev excerpts; a sentence no lookup reaches is not segmented.
 */
class DocumentWordsTest {
  private static final VietnameseSegmenter SEGMENTER = VietnameseSegmenter.shared();

  @Test
  void lazyLookupsGiveWhatTheEagerArrayGaveOnSeedAndDevSentences() throws IOException {
    int positions = 0;
    int digitSentences = 0;
    int segmented = 0;
    for (String text : SampleTexts.cleanTexts()) {
      List<Sentence> sentences = new SentenceSplitter(FigureTestSupport.GAZETTEER::contains).split(text);
      DocumentWords lazy = DocumentWords.of(new SentenceWords(SEGMENTER, text, sentences), text);
      Eager eager = new Eager(new SentenceWords(SEGMENTER, text, sentences), text);
      for (Sentence s : sentences) {
        lazy.sentence(s);
        digitSentences += eager.sentence(s) ? 1 : 0;
        // the lookups the extractor makes for the numbers of this sentence, at every position
        for (int pos = s.start(); pos <= s.end(); pos++) {
          assertThat(describe(lazy, lazy.firstAtOrAfter(pos)))
              .as("first word at or after %d", pos).isEqualTo(eager.describe(eager.firstAtOrAfter(pos)));
          long l = lazy.lastEndingBy(pos);
          int e = eager.lastEndingBy(pos);
          assertThat(describe(lazy, l)).as("last word by %d", pos).isEqualTo(eager.describe(e));
          assertThat(describe(lazy, l < 0 ? -1 : lazy.previous(l)))
              .as("word before the last by %d", pos).isEqualTo(eager.describe(e < 0 ? -1 : e - 1));
          positions++;
        }
      }
      segmented += lazy.sentencesRead();
    }
    boolean dev = Files.isDirectory(Path.of("../shared/dev/texts"));
    assertThat(positions).isGreaterThan(dev ? 40_000 : 10_000);
    assertThat(digitSentences).isGreaterThan(dev ? 100 : 30);
    // every position was looked up, so every digit sentence got read here
    assertThat(segmented).isEqualTo(digitSentences);
  }

  @Test
  void aSentenceIsSegmentedOnlyWhenALookupReachesIt() {
    String text = "Ngày 12/3 đã họp. Có 15 cán bộ được bổ nhiệm.";
    List<Sentence> sentences = new SentenceSplitter(FigureTestSupport.GAZETTEER::contains).split(text);
    assertThat(sentences).hasSize(2);
    DocumentWords words = DocumentWords.of(new SentenceWords(SEGMENTER, text, sentences), text);
    sentences.forEach(words::sentence);
    int fifteen = text.indexOf("15");
    long after = words.firstAtOrAfter(fifteen + 2);
    assertThat(text.substring(words.start(after), words.end(after))).isEqualTo("cán bộ");
    assertThat(words.sentencesRead()).isEqualTo(1);
    // the word before "Có" lies in the first sentence: now it is segmented too
    long before = words.lastEndingBy(text.indexOf("Có"));
    assertThat(text.substring(words.start(before), words.end(before))).isEqualTo(".");
    assertThat(words.sentencesRead()).isEqualTo(2);
  }

  private static String describe(DocumentWords w, long h) {
    return h < 0 ? "none" : w.start(h) + "-" + w.end(h);
  }

  /** The eager version: each digit-holding sentence's words copied in when it is reached. */
  private static final class Eager {
    private final SentenceWords.Builder words = new SentenceWords.Builder();
    private final SentenceWords layer;
    private final String text;
    private int segmentedTo;

    Eager(SentenceWords layer, String text) {
      this.layer = layer;
      this.text = text;
    }

    boolean sentence(Sentence s) {
      if (s.start() < segmentedTo || !text.substring(s.start(), s.end()).matches("(?s).*[0-9].*")) {
        return false;
      }
      words.addAll(layer.of(s.index()));
      segmentedTo = s.end();
      return true;
    }

    int firstAtOrAfter(int pos) {
      return words.firstAtOrAfter(pos);
    }

    int lastEndingBy(int pos) {
      int i = firstAtOrAfter(pos);
      int j = (i < 0 ? words.size() : i) - 1;
      while (j >= 0 && words.end(j) > pos) {
        j--;
      }
      return j;
    }

    String describe(int i) {
      return i < 0 ? "none" : words.start(i) + "-" + words.end(i);
    }
  }
}
