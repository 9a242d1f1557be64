package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.canbo.TestTexts;
import org.canbo.config.Models;
import org.canbo.config.Pipelines;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word field's tokens taken from the pipeline's word layer are exactly those the index
 * analyzer gives (terms, offsets, position increments, types, final offset), on documents the
 * standard pipeline made; other documents are left to the analyzer.
 */
class WordTokensTest {
  private static Models models;
  private static Pipeline pipeline;
  private static Analyzer analyzer;

  @BeforeAll
  static void load() {
    models = Models.load();
    pipeline = Pipelines.standard(models);
    analyzer = IndexSchema.analyzer(models.segmenter());
  }

  @Test
  void seedDocumentsReplayTheAnalyzersTokens() throws IOException {
    for (String text : TestTexts.seeds()) {
      assertSame(pipeline.apply(doc("seed", text)));
    }
  }

  @Test
  void devDocumentsReplayTheAnalyzersTokens() throws IOException {
    assumeTrue(TestTexts.hasDev(), "../shared/dev is absent");
    for (String text : TestTexts.dev()) {
      assertSame(pipeline.apply(doc("dev", text)));
    }
  }

  @Test
  void documentsWithoutTheLayerOfThisSegmenterAreAnalysed() throws IOException {
    String text = TestTexts.seeds().get(0);
    Document plain = doc("plain", text);
    assertThat(WordTokens.of(plain, models.segmenter())).isNull();
    Document piped = pipeline.apply(plain);
    assertThat(WordTokens.of(piped, VietnameseSegmenter.load())).isNull();
    assertThat(WordTokens.of(piped, null)).isNull();
    String long_ = (text + "\n").repeat(1 + (1 << 15) / text.length());
    assertThat(WordTokens.of(pipeline.apply(doc("long", long_)),
        models.segmenter())).isNull();
  }

  private static Document doc(String id, String text) {
    return Document.of(id, null, Normalizer.normalize(text, Normalizer.Form.NFC),
        ArticleMetadata.EMPTY);
  }

  private static void assertSame(Document doc) throws IOException {
    WordTokens replay = WordTokens.of(doc, models.segmenter());
    assertThat(replay).isNotNull();
    assertThat(tokens(replay))
        .isEqualTo(tokens(analyzer.tokenStream(IndexSchema.BODY_WORDS, doc.text())));
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + offset.startOffset() + " " + offset.endOffset() + " "
            + increment.getPositionIncrement() + " " + type.type());
      }
      ts.end();
      out.add("end " + offset.endOffset() + " " + increment.getPositionIncrement());
    }
    return out;
  }
}
