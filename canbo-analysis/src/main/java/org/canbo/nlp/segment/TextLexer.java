package org.canbo.nlp.segment;

/**
 * Splits text into syllables and whole units (numbers, dates, times, document symbols,
 * abbreviations, URLs, e-mails, punctuation) the way vnTokenizer's {@code lexers.xml} does, but
 * with hand-written scanners instead of regular expressions.
 *
 * <p>Why hand-written: the lexers run over every character, and a chain of 25 {@code Pattern}s
 * tried at each position was the main cost of vnTokenizer; one forward scan keeps us well above a
 * million syllables per second. Stateless: all output goes to the caller's {@link TokenBuffer}.
 */
final class TextLexer {
  private final SyllableTable syllables;

  TextLexer(SyllableTable syllables) {
    this.syllables = syllables;
  }

  /** Appends the tokens of {@code text[from, to)}; {@code folded} is the tone-canonical text. */
  void tokenize(CharSequence text, CharSequence folded, int from, int to, TokenBuffer out) {
    boolean sentenceStart = true;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Chars.isSpace(c)) {
        sentenceStart |= c == '\n' || c == '\r';
        i++;
        continue;
      }
      int s = i;
      TokenKind kind;
      if (Chars.isLetter(c)) {
        i = Scanners.word(text, i, to);
        kind = Scanners.wordKind(text, s, i);
      } else if (Chars.isDigit(c)) {
        i = Scanners.number(text, i, to);
        kind = Scanners.numberKind(text, s, i);
      } else {
        i = Scanners.other(text, i, to);
        kind = otherKind(c);
      }
      int flags = sentenceStart ? TokenBuffer.SENTENCE_START : 0;
      if (kind == TokenKind.SYLLABLE && Chars.isTitle(text, s, i)) {
        flags |= TokenBuffer.TITLE;
      }
      int syl = syllables.find(folded, s, i);
      out.add(s, i, kind, flags, syl);
      if (kind == TokenKind.PUNCTUATION) {
        sentenceStart = Chars.endsSentence(c) || (sentenceStart && Chars.opens(c));
      } else {
        sentenceStart = false;
      }
    }
  }

  /**
   * The start of the token that ends a sentence at {@code end} when lexing {@code text} up to
   * {@code end} and from {@code next} apart gives the tokens and sentence starts of lexing it
   * whole; else -1. It is so when the token is punctuation that starts a sentence after it (". ! ?
   * : ; …"), only spaces lie between {@code end} and {@code next}, and no scan reads past that
   * punctuation: a scan stops at a space as at the end of its range, except the full stop of an
   * abbreviation, which looks past spaces for a capital ({@link Scanners#keepsStop}).
   */
  static int sentenceEnd(CharSequence text, int end, int next) {
    if (end < 1 || next <= end || next > text.length() || !Chars.endsSentence(text.charAt(end - 1))) {
      return -1;
    }
    for (int i = end; i < next; i++) {
      if (!Chars.isSpace(text.charAt(i))) {
        return -1;
      }
    }
    int start = end - 1;
    if (text.charAt(start) == '.') {
      while (start > 0 && text.charAt(start - 1) == '.') {
        start--; // "..." is one token
      }
      if (start == end - 1 && Scanners.keepsStop(text, start, text.length())) {
        return -1;
      }
    }
    return start;
  }

  private static TokenKind otherKind(char c) {
    return Chars.isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.OTHER;
  }
}
