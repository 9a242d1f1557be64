package org.canbo.index;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Normalises its input to NFC and corrects offsets, so that NFD text ("yê" + U+0301) tokenizes
 * like NFC text while token offsets still point at the original characters.
 *
 * <p>The whole input is read on first use: documents are articles, and NFC needs look-ahead over
 * combining sequences anyway. Each starter plus its following combining marks is normalised on its
 * own, which is exact for Latin script (Hangul jamo composition is not handled).
 */
public final class NfcCharFilter extends BaseCharFilter {
  private String output;
  private int position;

  public NfcCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = normalize(readAll());
    }
    if (position >= output.length()) {
      return -1;
    }
    int n = Math.min(length, output.length() - position);
    output.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  private String readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[8192];
    int n;
    while ((n = input.read(chunk)) != -1) {
      sb.append(chunk, 0, n);
    }
    return sb.toString();
  }

  private String normalize(String in) {
    if (Normalizer.isNormalized(in, Normalizer.Form.NFC)) {
      return in; // the common case: no copy, no corrections
    }
    StringBuilder out = new StringBuilder(in.length());
    int i = 0;
    while (i < in.length()) {
      int end = i + Character.charCount(in.codePointAt(i));
      while (end < in.length() && isCombining(in.codePointAt(end))) {
        end += Character.charCount(in.codePointAt(end));
      }
      String segment = in.substring(i, end);
      out.append(Normalizer.normalize(segment, Normalizer.Form.NFC));
      int diff = end - out.length();
      if (diff != getLastCumulativeDiff()) {
        // From this output offset on, add diff chars to map back to the input.
        addOffCorrectMap(out.length(), diff);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isCombining(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    output = null;
    position = 0;
  }
}
