package org.canbo.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.canbo.index.SyllableAnalyzer;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.junit.jupiter.api.Test;

/**
 * The SPI names a Solr schema uses build the same analysis as the embedded index: a field typed
 * with these factories indexes exactly the terms (and offsets) the Lucene index does.
 */
class AnalysisFactoriesTest {
  private static final String TEXT =
      "Thành uỷ Hà Nội ban hành Nghị quyết 67 về luân chuyển CÁN BỘ; Ðảng bộ tỉnh đạt 96,9%.";

  @Test
  void syllableChainByNameMatchesSyllableAnalyzer() throws IOException {
    try (Analyzer solrLike = syllables(false); Analyzer embedded = SyllableAnalyzer.exact()) {
      List<String> expected = terms(embedded, TEXT);
      assertThat(terms(solrLike, TEXT)).isEqualTo(expected);
      assertThat(words(expected)).contains("ủy", "đảng", "96,9");
    }
  }

  @Test
  void foldedChainByNameMatchesFoldedSyllableAnalyzer() throws IOException {
    try (Analyzer solrLike = syllables(true); Analyzer embedded = SyllableAnalyzer.folded()) {
      List<String> expected = terms(embedded, TEXT);
      assertThat(terms(solrLike, TEXT)).isEqualTo(expected);
      assertThat(words(expected)).contains("thanh", "uy", "can", "bo");
      // Prefix and wildcard terms are normalised the same way ("Uỷ*" finds "ủy...").
      assertThat(solrLike.normalize("body", "Uỷ").utf8ToString())
          .isEqualTo(embedded.normalize("body", "Uỷ").utf8ToString())
          .isEqualTo("uy");
    }
  }

  @Test
  void wordTokenizerByNameMatchesVietnameseAnalyzer() throws IOException {
    try (Analyzer solrLike = CustomAnalyzer.builder().withTokenizer("vietnamese").build();
        Analyzer embedded = new VietnameseAnalyzer(VietnameseSegmenter.shared())) {
      List<String> expected = terms(embedded, TEXT);
      assertThat(terms(solrLike, TEXT)).isEqualTo(expected);
      assertThat(words(expected)).contains("thành_ủy", "nghị_quyết", "luân_chuyển");
    }
  }

  @Test
  void everyFactoryInstanceSharesOneLoadedLexicon() {
    var a = (VietnameseTokenizerFactory) TokenizerFactory.forName("vietnamese", new HashMap<>());
    var b = (VietnameseTokenizerFactory) TokenizerFactory.forName("vietnamese", new HashMap<>());
    assertThat(a).isNotSameAs(b);
    assertThat(a.segmenter()).isSameAs(b.segmenter()).isSameAs(VietnameseSegmenter.shared());
  }

  private static Analyzer syllables(boolean folded) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder()
        .addCharFilter(NfcCharFilterFactory.NAME)
        .withTokenizer("standard")
        .addTokenFilter(ToneMarkFilterFactory.NAME)
        .addTokenFilter("lowercase");
    if (folded) {
      b.addTokenFilter(DiacriticFoldFilterFactory.NAME);
    }
    return b.build();
  }

  /** Terms with their offsets, "term@start-end". */
  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }

  /** The terms alone. */
  private static List<String> words(List<String> terms) {
    return terms.stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
  }
}
