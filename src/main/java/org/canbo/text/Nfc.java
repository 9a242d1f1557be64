package org.canbo.text;

import java.text.Normalizer;

/**
 * NFC that first checks whether the text can change at all: a text made only of chars that NFC
 * leaves as they are wherever they stand (Latin up to U+02FF, the Vietnamese toned letters
 * U+1E00-U+1EFF, general punctuation and currency signs: starters that neither decompose nor
 * compose with a neighbour) is its own NFC, and most Vietnamese lines are such text. Only the
 * others go to {@link Normalizer}, which would copy the text and look every char up to tell.
 */
public final class Nfc {
  private Nfc() {}

  /** {@code text} in NFC; the same chars when it is already. */
  public static String normalize(CharSequence text) {
    return isStable(text) ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Whether every char of {@code text} is {@linkplain #isStable(char) stable}, so it is NFC. */
  static boolean isStable(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isStable(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether NFC leaves {@code c} unchanged beside any other such char: no combining marks (from
   * U+0300), no EN/EM QUAD (U+2000, U+2001, which NFC replaces), nothing that composes.
   */
  static boolean isStable(char c) {
    return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF') || (c >= '\u2010' && c <= '\u205E')
        || (c >= '\u20A0' && c <= '\u20BF');
  }
}
