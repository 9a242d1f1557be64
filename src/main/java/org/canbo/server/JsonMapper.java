package org.canbo.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API's JSON: {@code < > & '} and U+2028/U+2029 written as {@code \\uXXXX}, so a response
 * that ends up parsed as HTML or script (a sniffing proxy, a copy into a page) stays inert.
 */
final class JsonMapper {
  private JsonMapper() {}

  static ObjectMapper create() {
    ObjectMapper m = new ObjectMapper();
    m.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return m;
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        ascii[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // JavaScript before ES2019 ends a string literal at these; Vietnamese letters stay readable.
      return ch == 0x2028 ? new SerializedString("\\u2028")
          : ch == 0x2029 ? new SerializedString("\\u2029") : null;
    }
  }
}
