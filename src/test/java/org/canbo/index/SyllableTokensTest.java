package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.canbo.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * One tokenization replays exactly the tokens (terms, offsets, position increments and lengths,
 * final offset and increment) that {@link SyllableAnalyzer#exact()} and {@link
 * SyllableAnalyzer#folded()} give, and the words the copy signature reads: on the seeds, the
 * shared dev texts and built texts (tone variants, upper case, Ð, numbers, an overlong token).
 */
class SyllableTokensTest {
  private final Analyzer exact = SyllableAnalyzer.exact();
  private final Analyzer folded = SyllableAnalyzer.folded();
  private final Analyzer copyWords = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
  };

  @Test
  void seedsReplayTheAnalyzersTokens() throws IOException {
    List<String> texts = TestTexts.seeds();
    assertThat(texts).hasSize(5);
    texts.forEach(this::assertSame);
  }

  @Test
  void devTextsReplayTheAnalyzersTokens() throws IOException {
    assumeTrue(TestTexts.hasDev(), "../shared/dev is absent");
    List<String> texts = TestTexts.dev();
    assertThat(texts).hasSizeGreaterThan(50);
    texts.forEach(this::assertSame);
  }

  @Test
  void builtTextsReplayTheAnalyzersTokens() {
    List<String> texts = List.of("", "  ", "Bí thư Huyện uỷ Cao Lộc, ông Hồ Văn Vịnh: 96,9%.",
        "ÐẢNG BỘ THÀNH UỶ HOÀ BÌNH 04-NQ/TU 13.000 tỷ 𠀀𠀁",
        "cán bộ " + "ả".repeat(300) + " luân chuyển " + "y".repeat(260));
    texts.forEach(this::assertSame);
    assertThat(tokens(SyllableTokens.of("Huyện uỷ").exact())).containsExactly(
        "huyện 0 5 1 1", "ủy 6 8 1 1", "end 8 0");
    assertThat(tokens(SyllableTokens.of("Huyện uỷ").folded())).containsExactly(
        "huyen 0 5 1 1", "uy 6 8 1 1", "end 8 0");
  }

  @Test
  void nonNfcTextIsLeftToTheAnalyzers() {
    String nfd = Normalizer.normalize("Huyện ủy", Normalizer.Form.NFD);
    assertThat(SyllableTokens.of(nfd)).isNull();
  }

  private void assertSame(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    SyllableTokens tokens = SyllableTokens.of(text);
    assertThat(tokens).isNotNull();
    assertThat(tokens(tokens.exact())).isEqualTo(tokens(exact.tokenStream("body", text)));
    assertThat(tokens(tokens.folded())).isEqualTo(tokens(folded.tokenStream("body_folded", text)));
    List<String> words = tokens(copyWords.tokenStream("copies", text));
    List<String> replayed = new ArrayList<>();
    for (int i = 0; i < tokens.count(); i++) {
      replayed.add(new String(tokens.lowerChars(), tokens.bounds()[i],
          tokens.bounds()[i + 1] - tokens.bounds()[i]));
    }
    assertThat(replayed).isEqualTo(words.subList(0, words.size() - 1).stream()
        .map(w -> w.substring(0, w.indexOf(' '))).toList());
    assertThat(tokens.consecutive()).isEqualTo(words.stream().allMatch(
        w -> w.startsWith("end ") ? w.endsWith(" 0") : w.endsWith(" 1 1")));
  }

  /** Every token as "term start end increment length", then "end finalOffset increment". */
  private static List<String> tokens(TokenStream ts) {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
    List<String> out = new ArrayList<>();
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + offset.startOffset() + " " + offset.endOffset() + " "
            + inc.getPositionIncrement() + " " + len.getPositionLength());
      }
      ts.end();
      out.add("end " + offset.endOffset() + " " + inc.getPositionIncrement());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

}
