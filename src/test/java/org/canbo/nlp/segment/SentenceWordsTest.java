package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.canbo.TestModels;
import org.canbo.TestTexts;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.ToneMarks;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceWords#wholeText} gives exactly the words of segmenting the whole text in one
 * piece (what the index's word tokenizer does), whichever sentences the extractors segmented
 * before and wherever the sentences are cut; and it does take segmented sentences as they are.
 */
class SentenceWordsTest {
  private static final VietnameseSegmenter SEGMENTER = TestModels.SEGMENTER;
  /** Cuts the lexer reads across, or that a run of syllables or a left-context word crosses. */
  private static final String TRICKY = "Bí thư TP. Hạ Long ông A. Nguyễn Văn Bình về dự. "
      + "Số 02 - QĐ/HU. 04-NQ/TU ngày 30/05/2019. Sau đó Hà\nNội họp.\n\"Chúng tôi đồng ý!\" "
      + "(Ảnh: TTXVN). Xem www.bktt.vn. Hoặc bktt.vn. Q. 1. P. 2.\tThS. Lê Văn A đến… Rồi "
      + "ông nói: Được. 3... 4 người; Mai Anh.Tiếp theo 👍🏻. Tốt\u00A0lắm. xong.\u000BMới "
      + "Tỉnh ủy Quảng Ninh.\r\n- Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên. 96,9%. TT.Ư ";

  @Test
  void seedsGiveTheWholeTextsWordsWhicheverSentencesWereSegmented() throws IOException {
    int reused = 0;
    for (String raw : TestTexts.seeds()) {
      reused += checkSplits(Normalizer.normalize(raw, Normalizer.Form.NFC), new Random(7));
    }
    assertThat(reused).as("chars taken from segmented sentences").isGreaterThan(10_000);
  }

  @Test
  void devTextsGiveTheWholeTextsWords() throws IOException {
    assumeTrue(TestTexts.hasDev(), "../shared/dev is absent");
    Random random = new Random(11);
    for (String raw : TestTexts.dev()) {
      checkSplits(Normalizer.normalize(raw, Normalizer.Form.NFC), random);
    }
  }

  @Test
  void cutsAnywhereGiveTheWholeTextsWords() throws IOException {
    List<String> texts = new ArrayList<>(List.of(TRICKY, TRICKY.toUpperCase(), "", "  \n ", "Xong."));
    for (String seed : TestTexts.seeds()) {
      texts.add(Normalizer.normalize(seed, Normalizer.Form.NFC));
    }
    Random random = new Random(3);
    for (String text : texts) {
      for (int round = 0; round < 200; round++) {
        List<Sentence> sentences = randomSentences(text, random);
        assertWholeText(text, sentences, segmentSome(text, sentences, random));
      }
    }
  }

  @Test
  void aSegmentedSentencesFirstRunIsSolvedAgainAfterThePunctuationBeforeIt() {
    String text = "Họp xong.\n\nĐiển hình như, xã Xuân Hải có gần 16.500 người.";
    List<Sentence> sentences = new SentenceSplitter(name -> false).split(text);
    assertThat(sentences).hasSize(2);
    SentenceWords words = segmentSome(text, sentences, null);
    // Alone, "Điển hình" is a word; after "." (its left context in the whole text), "hình như".
    SentenceWords.Words second = words.of(1);
    assertThat(text.substring(second.start(0), second.end(0))).isEqualTo("Điển hình");
    assertThat(assertWholeText(text, sentences, words)).isEqualTo(text.length() - 2);
  }

  @Test
  void cutsAreCleanOnlyAfterSentencePunctuationTheLexerDoesNotReadPast() {
    assertClean("Họp xong. Sau đó về.", "xong.", true);
    assertClean("Họp xong!\nSau đó về.", "xong!", true);
    assertClean("Năm 2019. Sau đó về.", "2019.", true);
    assertClean("Về TP. Hạ Long họp.", "TP.", false); // "TP." is one token before a capital
    assertClean("Ông A. Nguyễn về.", "A.", false);
    assertClean("Về TP.\nHạ Long họp.", "TP.", true); // a line break stops the look-ahead
    assertClean("Họp xong.Sau đó về.", "xong.", false); // no space: not a cut
    assertClean("Về Hà\nNội họp.", "Hà", false); // the run "Hà Nội" crosses the line
    assertClean("Họp xong) Sau đó.", "xong)", false); // ")" does not start a sentence
  }

  private static void assertClean(String text, String before, boolean clean) {
    int end = text.indexOf(before) + before.length();
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    assertThat(SEGMENTER.cut(text, end, next) >= 0).as(text).isEqualTo(clean);
  }

  /** The splitter's sentences, with all, none and random halves of them segmented first. */
  private static int checkSplits(String text, Random random) {
    List<Sentence> sentences = new SentenceSplitter(name -> false).split(text);
    int reused = assertWholeText(text, sentences, segmentSome(text, sentences, null));
    assertWholeText(text, sentences, new SentenceWords(SEGMENTER, text, sentences));
    for (int round = 0; round < 3; round++) {
      assertWholeText(text, sentences, segmentSome(text, sentences, random));
    }
    return reused;
  }

  /** A layer with each sentence segmented with probability 1/2 ({@code random} null: all). */
  private static SentenceWords segmentSome(String text, List<Sentence> sentences, Random random) {
    SentenceWords words = new SentenceWords(SEGMENTER, text, sentences);
    for (int i = 0; i < sentences.size(); i++) {
      if (random == null || random.nextBoolean()) {
        words.of(i);
      }
    }
    return words;
  }

  /** Sentences ending at random points, often right after punctuation, with random gaps. */
  private static List<Sentence> randomSentences(String text, Random random) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start + 1 + random.nextInt(Math.min(40, text.length() - start));
      for (int i = start + 1; i < end && random.nextInt(3) > 0; i++) {
        if (".!?…:;)".indexOf(text.charAt(i - 1)) >= 0) {
          end = i;
          break;
        }
      }
      out.add(new Sentence(out.size(), start, end, 0));
      start = Math.min(text.length(), end + random.nextInt(3));
    }
    return out;
  }

  private static int assertWholeText(String text, List<Sentence> sentences, SentenceWords words) {
    List<String> whole = new ArrayList<>();
    SEGMENTER.segment(text, SEGMENTER.newWorkspace(), (s, e, t) -> whole.add(s + " " + e + " " + t));
    List<String> replayed = new ArrayList<>();
    int reused = words.wholeText(ToneMarks.canonical(text),
        (s, e, t) -> replayed.add(s + " " + e + " " + t));
    assertThat(replayed).as("%s cut as %s", text, sentences).isEqualTo(whole);
    return reused;
  }
}
