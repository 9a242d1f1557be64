package org.canbo.index;

import org.canbo.text.Diacritics;

/**
 * One analysed query syllable (lower case, NFC, canonical tone placement) and how it matches:
 * {@code exact} when typed with diacritics ("cán" matches only "cán"), else by its folded form
 * ("can" matches "can", "cán", "cần", "cạn" ...). Syllables without letters ("67") match
 * themselves either way.
 */
record QuerySyllable(String text, boolean exact) {

  /** {@code analysed} as typed, or folded when {@code foldAll} (the --fold switch) is on. */
  static QuerySyllable of(String analysed, boolean foldAll) {
    String folded = Diacritics.fold(analysed);
    boolean exact = !foldAll && !folded.equals(analysed);
    return new QuerySyllable(exact ? analysed : folded, exact);
  }

  /** True when the syllable has no letter, so exact and folded matching are the same. */
  boolean neutral() {
    return text.codePoints().noneMatch(Character::isLetter);
  }

  /** True when a term syllable (lower case, canonical) is matched by this one. */
  boolean matches(String termSyllable) {
    return exact || neutral() ? text.equals(termSyllable)
        : text.equals(Diacritics.fold(termSyllable));
  }
}
