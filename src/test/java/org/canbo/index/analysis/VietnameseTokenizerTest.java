package org.canbo.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VietnameseTokenizerTest {
  private static VietnameseSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = VietnameseSegmenter.load();
  }

  /** One token as asserted: term, start and end offset, position increment. */
  record Tok(String term, int start, int end, int increment) {}

  /** Like Lucene's BaseTokenStreamTestCase.assertTokenStreamContents, without its test runner. */
  static List<Tok> tokens(TokenStream ts, int[] finalOffset) throws IOException {
    CharTermAttribute term = ts.getAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.getAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = ts.getAttribute(PositionIncrementAttribute.class);
    List<Tok> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(),
          inc.getPositionIncrement()));
    }
    ts.end();
    finalOffset[0] = offset.endOffset();
    ts.close();
    return out;
  }

  @Test
  void emitsLowerCaseToneCanonicalWordsWithOriginalOffsets() throws IOException {
    String text = "Bí thư Huyện uỷ Cao Lộc, ông Hồ Văn Vịnh: 96,9%.";
    Tokenizer t = new VietnameseTokenizer(segmenter);
    t.setReader(new StringReader(text));
    int[] end = new int[1];
    assertThat(tokens(t, end)).containsExactly(
        new Tok("bí_thư", 0, 6, 1),
        new Tok("huyện_ủy", 7, 15, 1),
        new Tok("cao_lộc", 16, 23, 1),
        new Tok("ông", 25, 28, 1),
        new Tok("hồ_văn_vịnh", 29, 40, 1),
        new Tok("96,9%", 42, 47, 1));
    assertThat(end[0]).isEqualTo(text.length());
  }

  @Test
  void toneVariantsGiveTheSameTerms() throws IOException {
    try (VietnameseAnalyzer analyzer = new VietnameseAnalyzer(segmenter)) {
      int[] end = new int[1];
      List<String> a = tokens(analyzer.tokenStream("f", "Thành uỷ Hoà Bình"), end).stream()
          .map(Tok::term).toList();
      List<String> b = tokens(analyzer.tokenStream("f", "thành ủy hòa bình"), end).stream()
          .map(Tok::term).toList();
      assertThat(a).isEqualTo(b).containsExactly("thành_ủy", "hòa_bình");
    }
  }

  @Test
  void longInputIsReadInChunksWithCorrectOffsets() throws IOException {
    String sentence = "Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên phát biểu. ";
    String text = sentence.repeat(3 * VietnameseTokenizer.CHUNK / sentence.length());
    Tokenizer t = new VietnameseTokenizer(segmenter);
    t.setReader(new StringReader(text));
    int[] end = new int[1];
    List<Tok> toks = tokens(t, end);
    assertThat(toks).hasSize(6 * (3 * VietnameseTokenizer.CHUNK / sentence.length()));
    for (Tok tok : toks) {
      assertThat(org.canbo.text.ToneMarks.canonical(text.substring(tok.start(), tok.end()))
          .toLowerCase(java.util.Locale.ROOT).replace(' ', '_')).isEqualTo(tok.term());
    }
    assertThat(end[0]).isEqualTo(text.length());
  }

  @Test
  void reusesTheTokenizerAfterReset() throws IOException {
    Tokenizer t = new VietnameseTokenizer(segmenter);
    int[] end = new int[1];
    t.setReader(new StringReader("cán bộ"));
    assertThat(tokens(t, end)).containsExactly(new Tok("cán_bộ", 0, 6, 1));
    t.setReader(new StringReader(""));
    assertThat(tokens(t, end)).isEmpty();
    assertThat(end[0]).isZero();
  }

  @Test
  void factoryIsFoundThroughSpi() throws IOException {
    assertThat(TokenizerFactory.availableTokenizers()).contains("vietnamese");
    Tokenizer t = TokenizerFactory.forName("vietnamese", new HashMap<>()).create();
    t.setReader(new StringReader("Tỉnh ủy Quảng Ninh"));
    int[] end = new int[1];
    assertThat(tokens(t, end)).extracting(Tok::term).containsExactly("tỉnh_ủy", "quảng_ninh");
  }

  @Test
  void factoryRejectsUnknownParameters() {
    Map<String, String> args = new HashMap<>(Map.of("mode", "fast"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TokenizerFactory.forName("vietnamese", args));
    assertThat(e).hasMessageContaining("Unknown parameters").hasMessageContaining("mode");
  }
}
