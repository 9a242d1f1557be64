package org.canbo.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * Lucene SPI factory {@code "vietnamese"} for {@link VietnameseTokenizer}, so Solr or OpenSearch
 * style configurations can name it; takes no parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "vietnamese";
  private final VietnameseSegmenter segmenter;

  /** Shares the segmenter loaded once per class loader (a node's sharedLib in Solr). */
  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    Factories.requireNoArgs(NAME, args);
    segmenter = VietnameseSegmenter.shared();
  }

  /** Default constructor for the service loader only. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  /** The segmenter this factory's tokenizers share. */
  VietnameseSegmenter segmenter() {
    return segmenter;
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, segmenter);
  }
}
