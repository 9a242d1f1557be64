package org.canbo.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.canbo.text.Diacritics;

/**
 * Strips Vietnamese diacritics from each term ("cán" → "can", "đảng" → "dang") for the
 * accent-insensitive fields only: on the main fields it would merge "hòa", "hóa" and "họa".
 */
public final class DiacriticFoldFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** Wraps {@code input}, whose terms must be NFC. */
  public DiacriticFoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      buffer[i] = Diacritics.fold(buffer[i]);
    }
    return true;
  }
}
