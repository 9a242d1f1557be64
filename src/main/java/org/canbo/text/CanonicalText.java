package org.canbo.text;

import org.canbo.model.LayerKey;

/**
 * A text with canonical tone marks ({@link ToneMarks#canonical}) and that form lower-cased char by
 * char: what the finders match their vocabularies on, computed once per article instead of once
 * per finder. Both have the text's length, so their offsets are the text's offsets.
 */
public record CanonicalText(String canonical, String lower) {
  /**
   * The layer of a document's canonical forms: the reader makes them for the metadata it reads and
   * leaves them on the document, so the stages that match on them need not make them again.
   */
  public static final LayerKey<CanonicalText> LAYER = LayerKey.of("canonical", CanonicalText.class);

  public CanonicalText {
    if (canonical.length() != lower.length()) {
      throw new IllegalArgumentException(
          "canonical and lower-cased forms differ in length: " + canonical.length() + " vs " + lower.length());
    }
  }

  /** The canonical and lower-cased forms of {@code text} (NFC). */
  public static CanonicalText of(String text) {
    String canonical = ToneMarks.canonical(text);
    return new CanonicalText(canonical, lowerCase(canonical));
  }

  /**
   * {@code ToneMarks.canonical(text.substring(from, to))} read from this layer ({@code text} is
   * the text it was made of): the layer's slice, unless {@code [from, to)} cuts a run of letters,
   * whose tone mark is placed over the whole run; then computed afresh.
   */
  public String canonical(String text, int from, int to) {
    if (text.length() != canonical.length()) {
      throw new IllegalArgumentException(
          "text of length " + text.length() + " for a layer of length " + canonical.length());
    }
    if (cutsLetters(text, from) || cutsLetters(text, to)) {
      return ToneMarks.canonical(text.substring(from, to));
    }
    return canonical.substring(from, to);
  }

  private static boolean cutsLetters(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at));
  }

  /**
   * {@code s} lower-cased char by char, so its length stays (String.toLowerCase may change it);
   * ASCII without upper-case letters, most of a Vietnamese article, is copied without look-ups.
   */
  public static String lowerCase(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch >= 'A' && ch <= 'Z') {
        c[i] = (char) (ch + ('a' - 'A'));
      } else if (ch >= 0x80) {
        c[i] = Character.toLowerCase(ch);
      }
    }
    return new String(c);
  }
}
