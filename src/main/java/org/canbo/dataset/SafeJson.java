package org.canbo.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson mappers that escape U+2028/U+2029 (line-based tools and pre-ES2019 JavaScript take them
 * for line breaks) and optionally {@code < > & '} (so JSON that ends up parsed as HTML stays
 * inert); Vietnamese letters stay readable. They never close the stream they write to.
 */
public final class SafeJson {
  private SafeJson() {}

  /** For JSON Lines datasets: only the line separators are escaped. */
  public static ObjectMapper lines() {
    return create(new char[0]);
  }

  /** For HTTP responses: line separators and the HTML-significant characters are escaped. */
  public static ObjectMapper html() {
    return create(new char[] {'<', '>', '&', '\''});
  }

  /**
   * A mapper that keeps numbers as written: Jackson's default tree model normalises 10 to 1E+1,
   * which spreadsheets and Stata read as text.
   */
  public static ObjectMapper plain() {
    ObjectMapper m = new ObjectMapper();
    m.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    m.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return m;
  }

  private static ObjectMapper create(char[] alsoEscaped) {
    ObjectMapper m = plain();
    m.getFactory().setCharacterEscapes(new Escapes(alsoEscaped));
    m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return m;
  }

  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes(char[] alsoEscaped) {
      for (char c : alsoEscaped) {
        ascii[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 ? new SerializedString("\\u2028")
          : ch == 0x2029 ? new SerializedString("\\u2029") : null;
    }
  }
}
