package org.canbo.extract;

import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.pipeline.Stage;

/**
 * Adds the word layer over the sentence layer: each sentence is segmented once, when the first
 * extractor reads it, and shared by the figure and official extractors.
 */
public final class WordStage implements Stage {
  public static final LayerKey<SentenceWords> WORDS = LayerKey.of("words", SentenceWords.class);
  private final VietnameseSegmenter segmenter;

  public WordStage(VietnameseSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(SentenceStage.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(WORDS);
  }

  @Override
  public Document apply(Document document) {
    return document.withLayer(WORDS, new SentenceWords(segmenter, document.text(),
        document.layer(SentenceStage.SENTENCES)));
  }
}
