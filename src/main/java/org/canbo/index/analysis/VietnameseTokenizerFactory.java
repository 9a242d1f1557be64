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

  /** Loads the segmenter resources once per factory (under a second). */
  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for " + NAME + ": " + args);
    }
    segmenter = VietnameseSegmenter.load(VietnameseTokenizerFactory.class.getClassLoader());
  }

  /** Default constructor for the service loader only. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, segmenter);
  }
}
