package org.canbo.nlp.segment;

/** What a lexer token is; syllables take part in the phrase graph, the rest stand alone. */
enum TokenKind {
  SYLLABLE("word"),
  ABBREVIATION("abbreviation"),
  NUMBER("number"),
  DATE("date"),
  TIME("time"),
  SYMBOL("symbol"),
  URL("url"),
  EMAIL("email"),
  PUNCTUATION("punct"),
  OTHER("other");

  /** The {@link org.canbo.model.Span} type of a word made of this token alone. */
  final String spanType;

  TokenKind(String spanType) {
    this.spanType = spanType;
  }

  static final TokenKind[] VALUES = values();
}
