package org.canbo.nlp.segment;

/** Receives the words of a text in order, as UTF-16 offsets into that text and a span type. */
@FunctionalInterface
public interface WordConsumer {
  /** One word {@code text[start, end)}; {@code type} is one of {@link VietnameseSegmenter}'s types. */
  void word(int start, int end, String type);
}
