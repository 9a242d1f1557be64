package org.canbo.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits Vietnamese text into syllables and numbers, NFC-normalised, tone-canonical and lower-cased
 * ("Huyện uỷ" → huyện, ủy); the folded variant also strips diacritics ("cán bộ" → can, bo).
 *
 * <p>The tokenizer is Unicode word segmentation (UAX #29): it keeps "13.000" and "96,9" whole and
 * splits "04-NQ/TU" into 04, nq, tu, so digits are never lost. Offsets refer to the original text.
 * The same analyzer must be used for queries; {@link #normalize} does the same for prefix terms.
 */
public final class SyllableAnalyzer extends Analyzer {
  private final boolean folded;

  private SyllableAnalyzer(boolean folded) {
    this.folded = folded;
  }

  /** Keeps diacritics: for the main {@code title} and {@code body} fields. */
  public static SyllableAnalyzer exact() {
    return new SyllableAnalyzer(false);
  }

  /** Strips diacritics: for {@code title_folded} and {@code body_folded}. */
  public static SyllableAnalyzer folded() {
    return new SyllableAnalyzer(true);
  }

  public boolean isFolded() {
    return folded;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NfcCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new NfcCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, filters(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return filters(in);
  }

  private TokenStream filters(TokenStream in) {
    // Tone placement before lower-casing: ToneMarks maps the upper-case look-alike Ð.
    TokenStream out = new LowerCaseFilter(new ToneMarkFilter(in));
    return folded ? new DiacriticFoldFilter(out) : out;
  }
}
