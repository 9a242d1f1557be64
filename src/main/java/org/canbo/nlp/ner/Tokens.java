package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.canbo.model.Span;
import org.canbo.text.ToneMarks;

/**
 * The tokens of one stretch of clean text as OpenNLP name finders see them (strings in canonical
 * tone placement) with the character offsets of each, so token-index spans found by a finder turn
 * back into character spans over the original text.
 */
public record Tokens(String[] tokens, int[] starts, int[] ends) {
  public Tokens {
    if (tokens.length != starts.length || tokens.length != ends.length) {
      throw new IllegalArgumentException("tokens " + tokens.length + ", starts " + starts.length
          + ", ends " + ends.length + " differ in length");
    }
  }

  /**
   * Syllable tokens of {@code text[from, to)}: runs of letters and digits (with inner "/", "&", "."
   * and apostrophes as in "đ/c", "NN&PTNT", "TP.HCM", "H'Hen"), every other non-space char a token
   * of its own.
   */
  public static Tokens syllables(String text, int from, int to) {
    return canonicalSyllables(ToneMarks.canonical(text.substring(from, to)), from);
  }

  /**
   * {@link #syllables} of a stretch already in canonical tone placement (as {@link
   * org.canbo.text.CanonicalText#canonical(String, int, int)} gives it) that starts at offset
   * {@code from} of its text.
   */
  public static Tokens canonicalSyllables(String canonical, int from) {
    int n = canonical.length();
    int[] s = new int[n]; // at most a token a char
    int[] e = new int[n];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = canonical.charAt(i);
      if (CharClasses.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (CharClasses.isLetterOrDigit(c)) {
        i++;
        while (i < n && (CharClasses.isLetterOrDigit(canonical.charAt(i))
            || isInner(canonical, i))) {
          i++;
        }
        // "TP." and "TX." keep their dot: they are written forms of a type word.
        if (i < n && canonical.charAt(i) == '.' && i - start <= 2 && isUpper(canonical, start, i)) {
          i++;
        }
      } else {
        i++;
      }
      s[count] = from + start;
      e[count++] = from + i;
    }
    String[] toks = new String[count];
    for (int k = 0; k < count; k++) {
      toks[k] = canonical.substring(s[k] - from, e[k] - from);
    }
    return new Tokens(toks, Arrays.copyOf(s, count), Arrays.copyOf(e, count));
  }

  /**
   * Joining chars inside one token: "đ/c", "NN&PTNT", "." only in "TP.HCM", and an apostrophe
   * between letters, as in minority peoples' names ("H'Hen Niê", "K'Nhiên").
   */
  private static boolean isInner(String s, int i) {
    char c = s.charAt(i);
    if (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1))) {
      return false;
    }
    if (c == '.') {
      return Character.isUpperCase(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(i + 1));
    }
    if (isApostrophe(c)) {
      return Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }
    return c == '/' || c == '&';
  }

  /** The straight and the typographic apostrophe. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isUpper(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isUpperCase(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  public int size() {
    return tokens.length;
  }

  public String token(int i) {
    return tokens[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** The character span of token-index span {@code [from, to)}. */
  public Span charSpan(int from, int to, String type) {
    if (from < 0 || to > tokens.length || to <= from) {
      throw new IllegalArgumentException("token span [" + from + ", " + to + ") outside 0.."
          + tokens.length);
    }
    return new Span(starts[from], ends[to - 1], type);
  }

  /** Character spans of OpenNLP token-index spans, keeping their types. */
  public List<Span> charSpans(opennlp.tools.util.Span[] found) {
    List<Span> out = new ArrayList<>(found.length);
    for (opennlp.tools.util.Span f : found) {
      out.add(charSpan(f.getStart(), f.getEnd(), f.getType()));
    }
    return out;
  }

  /** Index of the token starting at char offset {@code offset}, or -1. */
  public int indexStartingAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -1;
  }

  /** Index of the token ending at char offset {@code offset}, or -1. */
  public int indexEndingAt(int offset) {
    int i = Arrays.binarySearch(ends, offset);
    return i >= 0 ? i : -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tokens t && Arrays.equals(tokens, t.tokens)
        && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens) * 31 + Arrays.hashCode(starts);
  }

  @Override
  public String toString() {
    return String.join(" ", tokens);
  }
}
