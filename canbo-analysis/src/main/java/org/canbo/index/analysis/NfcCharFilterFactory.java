package org.canbo.index.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.canbo.index.NfcCharFilter;

/**
 * Lucene SPI factory {@code "canboNfc"} for {@link NfcCharFilter}: NFD input tokenizes like NFC
 * with offsets into the original. Takes no parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public final class NfcCharFilterFactory extends CharFilterFactory {
  /** SPI name. */
  public static final String NAME = "canboNfc";

  public NfcCharFilterFactory(Map<String, String> args) {
    super(args);
    Factories.requireNoArgs(NAME, args);
  }

  /** Default constructor for the service loader only. */
  public NfcCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new NfcCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
