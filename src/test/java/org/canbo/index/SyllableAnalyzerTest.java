package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.index.TokenAssert.assertAnalyzesTo;
import static org.canbo.index.TokenAssert.tok;
import static org.canbo.index.TokenAssert.tokens;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class SyllableAnalyzerTest {
  private final Analyzer exact = SyllableAnalyzer.exact();
  private final Analyzer folded = SyllableAnalyzer.folded();

  @Test
  void syllablesAreLowerCasedToneCanonicalWithOriginalOffsets() throws Exception {
    assertAnalyzesTo(exact, "Huyện uỷ Cao Lộc",
        tok("huyện", 0, 5), tok("ủy", 6, 8), tok("cao", 9, 12), tok("lộc", 13, 16));
  }

  @Test
  void bothTonePlacementsAndEthGiveTheSameTerms() throws Exception {
    assertThat(tokens(exact, "Thành uỷ").stream().map(TokenAssert.Tok::term))
        .containsExactly("thành", "ủy");
    assertThat(tokens(exact, "Thành ủy").stream().map(TokenAssert.Tok::term))
        .containsExactly("thành", "ủy");
    assertAnalyzesTo(exact, "Ðảng bộ", tok("đảng", 0, 4), tok("bộ", 5, 7));
    assertAnalyzesTo(exact, "hoà bình", tok("hòa", 0, 3), tok("bình", 4, 8));
  }

  @Test
  void foldedDropsDiacriticsAndDStroke() throws Exception {
    assertAnalyzesTo(folded, "Cán bộ Ðảng viên",
        tok("can", 0, 3), tok("bo", 4, 6), tok("dang", 7, 11), tok("vien", 12, 16));
  }

  @Test
  void numbersAndDocumentSymbolsKeepTheirDigits() throws Exception {
    assertAnalyzesTo(exact, "13.000 người, 96,9% theo 04-NQ/TU",
        tok("13.000", 0, 6), tok("người", 7, 12), tok("96,9", 14, 18), tok("theo", 20, 24),
        tok("04", 25, 27), tok("nq", 28, 30), tok("tu", 31, 33));
  }

  @Test
  void nfdInputGivesNfcTermsWithOffsetsIntoTheNfdText() throws Exception {
    String nfd = Normalizer.normalize("yếu kém Huyện ủy", Normalizer.Form.NFD);
    // "yếu" is y + e + U+0302 + U+0301 + u in NFD: 5 chars.
    assertThat(nfd.indexOf(' ')).isEqualTo(5);
    int kem = 6;
    int huyen = nfd.indexOf("Huy");
    int uy = nfd.lastIndexOf(' ') + 1;
    assertAnalyzesTo(exact, nfd,
        tok("yếu", 0, 5), tok("kém", kem, huyen - 1), tok("huyện", huyen, uy - 1),
        tok("ủy", uy, nfd.length()));
    assertAnalyzesTo(folded, nfd,
        tok("yeu", 0, 5), tok("kem", kem, huyen - 1), tok("huyen", huyen, uy - 1),
        tok("uy", uy, nfd.length()));
  }

  @Test
  void normalizeAppliesTheSameFoldingToPrefixTerms() {
    assertThat(exact.normalize("body", "Uỷ").utf8ToString()).isEqualTo("ủy");
    assertThat(folded.normalize("body_folded", "Ðảng").utf8ToString()).isEqualTo("dang");
  }

  @Test
  void emptyAndPunctuationOnlyInputGiveNoTokens() throws Exception {
    assertAnalyzesTo(exact, "");
    assertAnalyzesTo(exact, " . – … ");
  }
}
