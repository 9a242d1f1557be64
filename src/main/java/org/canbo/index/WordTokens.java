package org.canbo.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.canbo.extract.CanonicalStage;
import org.canbo.extract.WordStage;
import org.canbo.index.analysis.VietnameseTokenizer;
import org.canbo.model.Document;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.text.ToneMarks;

/**
 * The word field's tokens of a document taken from the pipeline's word layer: the terms, offsets,
 * positions and types {@link VietnameseTokenizer} gives for the text, without segmenting again
 * the sentences the extractors already segmented ({@link SentenceWords#wholeText}).
 *
 * <p>Only where that is the same by construction ({@link #of} returns null otherwise): the layer
 * was made by the index's own segmenter over this text, and the tokenizer would read the text in
 * one chunk. Built and read on one thread.
 */
final class WordTokens extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final String folded;
  /** The indexed words, in order; growable, and read as it is. */
  private final SentenceWords.Builder words = new SentenceWords.Builder();
  private int next;

  private WordTokens(String folded) {
    this.folded = folded;
  }

  /** The tokens of {@code doc}'s text from its word layer, or null to analyse the text instead. */
  static WordTokens of(Document doc, VietnameseSegmenter segmenter) {
    String text = doc.text();
    if (segmenter == null || !doc.hasLayer(WordStage.WORDS)
        || !VietnameseTokenizer.isOneChunk(text)) {
      return null;
    }
    SentenceWords words = doc.layer(WordStage.WORDS);
    if (words.segmenter() != segmenter || !words.text().equals(text)) {
      return null;
    }
    String folded = doc.hasLayer(CanonicalStage.CANONICAL)
        ? doc.layer(CanonicalStage.CANONICAL).canonical() : ToneMarks.canonical(text);
    WordTokens tokens = new WordTokens(folded);
    words.wholeText(folded, (start, end, kind) -> {
      if (VietnameseTokenizer.isIndexed(kind)) {
        tokens.words.add(start, end, kind);
      }
    });
    return tokens;
  }

  @Override
  public boolean incrementToken() {
    if (next == words.size()) {
      return false;
    }
    clearAttributes();
    VietnameseTokenizer.setTerm(term, folded, words.start(next), words.end(next));
    offset.setOffset(words.start(next), words.end(next));
    increment.setPositionIncrement(1);
    type.setType(words.type(next));
    next++;
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(folded.length(), folded.length());
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
