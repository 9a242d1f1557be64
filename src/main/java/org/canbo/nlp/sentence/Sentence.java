package org.canbo.nlp.sentence;

/** One sentence: its index in the document, half-open UTF-16 offsets and paragraph (line) index. */
public record Sentence(int index, int start, int end, int paragraph) {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
    }
  }

  /** The covered text of this sentence. */
  public String text(String document) {
    return document.substring(start, end);
  }
}
