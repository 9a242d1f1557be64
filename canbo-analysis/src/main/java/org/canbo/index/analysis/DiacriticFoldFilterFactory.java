package org.canbo.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.canbo.index.DiacriticFoldFilter;

/**
 * Lucene SPI factory {@code "canboDiacriticFold"} for {@link DiacriticFoldFilter} ("cán bộ" →
 * "can bo"); applies to prefix and wildcard terms too. Takes no parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public final class DiacriticFoldFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "canboDiacriticFold";

  public DiacriticFoldFilterFactory(Map<String, String> args) {
    super(args);
    Factories.requireNoArgs(NAME, args);
  }

  /** Default constructor for the service loader only. */
  public DiacriticFoldFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new DiacriticFoldFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
