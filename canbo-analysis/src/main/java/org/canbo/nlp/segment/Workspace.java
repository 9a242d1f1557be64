package org.canbo.nlp.segment;

/**
 * Scratch space for segmenting on one thread: token arrays and the phrase graph, grown to the
 * largest input seen and reused. Not thread-safe; keep one per thread (a Lucene tokenizer owns
 * one), or let {@link VietnameseSegmenter#segment(CharSequence)} make a fresh one per call.
 */
public final class Workspace {
  final TokenBuffer tokens = new TokenBuffer();
  final PhraseGraph graph = new PhraseGraph();
}
