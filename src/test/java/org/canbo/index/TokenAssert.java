package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Checks a token stream the way Lucene's BaseTokenStreamTestCase does (terms, offsets, the
 * reset/incrementToken/end/close contract, final offset), without the randomized test framework.
 */
final class TokenAssert {
  private TokenAssert() {}

  /** One token: term text and offsets into the original input. */
  record Tok(String term, int start, int end) {}

  static List<Tok> tokens(Analyzer analyzer, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        assertThat(posInc.getPositionIncrement()).isGreaterThanOrEqualTo(1);
        assertThat(offset.startOffset()).isGreaterThanOrEqualTo(lastStart);
        assertThat(offset.endOffset()).isGreaterThanOrEqualTo(offset.startOffset());
        assertThat(offset.endOffset()).isLessThanOrEqualTo(text.length());
        lastStart = offset.startOffset();
        out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
      assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
    }
    return out;
  }

  static void assertAnalyzesTo(Analyzer analyzer, String text, Tok... expected) throws IOException {
    assertThat(tokens(analyzer, text)).containsExactly(expected);
    // Twice: analyzers reuse components, and reset() must clear all state.
    assertThat(tokens(analyzer, text)).containsExactly(expected);
  }

  static Tok tok(String term, int start, int end) {
    return new Tok(term, start, end);
  }
}
