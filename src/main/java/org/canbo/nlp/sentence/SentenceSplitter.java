package org.canbo.nlp.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits clean Vietnamese news text into sentences with offsets: every line is a paragraph, and a
 * paragraph breaks after ".", "!", "?" or "…" followed by a space and an upper-case letter, digit or
 * quote — except after abbreviations such as "TP." or "TX." that precede a place name.
 */
public final class SentenceSplitter {
  /** Abbreviations that never end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("ths", "ts", "pgs", "gs", "bs", "ks", "th.s", "t.ư", "đ/c", "p", "q", "h", "tt");
  /** Type-word abbreviations that end a sentence only when no place name follows. */
  private static final Set<String> TYPE_ABBREVIATIONS = Set.of("tp", "tx");

  private final Predicate<String> isPlaceName;

  /** @param isPlaceName tells whether the words after "TP." or "TX." are a place name */
  public SentenceSplitter(Predicate<String> isPlaceName) {
    this.isPlaceName = isPlaceName;
  }

  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (splitLine(text, lineStart, lineEnd, paragraph, out)) {
        paragraph++;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return List.copyOf(out);
  }

  /** Adds the sentences of one line; returns false when the line is blank. */
  private boolean splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
    int start = skipSpace(text, from, to);
    if (start >= to) {
      return false;
    }
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(text, start, i, to)) {
        // The sentence keeps what closes it: the rest of "...", a closing quote or bracket.
        int end = closingEnd(text, i, to);
        add(text, start, end, paragraph, out);
        start = skipSpace(text, end, to);
        i = start - 1;
      }
    }
    if (start < to) {
      add(text, start, to, paragraph, out);
    }
    return true;
  }

  /** The end of the marks closing a sentence at {@code dot}: more dots, quotes, a bracket. */
  private static int closingEnd(String text, int dot, int lineEnd) {
    int next = dot + 1;
    while (next < lineEnd && (text.charAt(next) == '.' || text.charAt(next) == '”'
        || text.charAt(next) == '"' || text.charAt(next) == ')')) {
      next++;
    }
    return next;
  }

  private boolean isBoundary(String text, int sentenceStart, int dot, int lineEnd) {
    int next = closingEnd(text, dot, lineEnd);
    if (next >= lineEnd || !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    int word = skipSpace(text, next, lineEnd);
    if (word >= lineEnd) {
      return true;
    }
    char first = text.charAt(word);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“')) {
      return false;
    }
    String before = wordBefore(text, sentenceStart, dot).toLowerCase();
    if (text.charAt(dot) == '.' && ABBREVIATIONS.contains(before)) {
      return false;
    }
    if (text.charAt(dot) == '.' && TYPE_ABBREVIATIONS.contains(before)) {
      return !followedByPlace(text, word, lineEnd);
    }
    return true;
  }

  private boolean followedByPlace(String text, int word, int lineEnd) {
    StringBuilder name = new StringBuilder();
    int i = word;
    for (int words = 0; words < 4 && i < lineEnd; words++) {
      int end = i;
      while (end < lineEnd && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == i || !Character.isUpperCase(text.charAt(i))) {
        break;
      }
      name.append(words == 0 ? "" : " ").append(text, i, end);
      if (isPlaceName.test(name.toString())) {
        return true;
      }
      i = end + 1;
    }
    return false;
  }

  private static String wordBefore(String text, int from, int dot) {
    int i = dot;
    while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, dot);
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start) {
      out.add(new Sentence(out.size(), start, e, paragraph));
    }
  }
}
