package org.canbo.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.canbo.index.ToneMarkFilter;

/**
 * Lucene SPI factory {@code "canboToneMark"} for {@link ToneMarkFilter} ("uỷ" → "ủy"); applies to
 * prefix and wildcard terms too. Takes no parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public final class ToneMarkFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "canboToneMark";

  public ToneMarkFilterFactory(Map<String, String> args) {
    super(args);
    Factories.requireNoArgs(NAME, args);
  }

  /** Default constructor for the service loader only. */
  public ToneMarkFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ToneMarkFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
