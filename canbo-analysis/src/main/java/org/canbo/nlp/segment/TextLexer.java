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

  private static TokenKind otherKind(char c) {
    return Chars.isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.OTHER;
  }
}
