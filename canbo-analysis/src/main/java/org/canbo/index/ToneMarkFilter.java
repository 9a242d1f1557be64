package org.canbo.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.canbo.text.ToneMarks;

/**
 * Rewrites each term to canonical tone-mark placement ({@link ToneMarks#canonical}), so "uỷ" and
 * "ủy", "Ðảng" (U+00D0) and "Đảng" index the same term. Length-preserving: offsets are untouched.
 */
public final class ToneMarkFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** Wraps {@code input}, whose terms must be NFC. */
  public ToneMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      ascii &= buffer[i] < 0x80;
    }
    if (!ascii) {
      ToneMarks.canonicalize(buffer, 0, length);
    }
    return true;
  }
}
