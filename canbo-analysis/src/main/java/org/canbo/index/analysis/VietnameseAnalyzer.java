package org.canbo.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * Word-level analysis of Vietnamese text: {@link VietnameseTokenizer} over a shared segmenter;
 * queries are analysed the same way, so "Huyện uỷ" finds "huyện ủy".
 */
public final class VietnameseAnalyzer extends Analyzer {
  private final VietnameseSegmenter segmenter;

  public VietnameseAnalyzer(VietnameseSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new VietnameseTokenizer(segmenter));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
