package org.canbo.config;

import java.util.concurrent.CompletableFuture;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.extract.figure.Vocabulary;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * The shared, immutable language resources of one process, loaded once (in parallel) and passed to
 * the stages, the index and the searcher through their constructors.
 */
public record Models(Gazetteer gazetteer, VietnameseSegmenter segmenter, FigureExtractor figures) {
  public Models {
    if (gazetteer == null || segmenter == null || figures == null) {
      throw new IllegalArgumentException("models need a gazetteer, a segmenter and a figure extractor");
    }
  }

  /** Loads every resource from the classpath; the segmenter on a second thread. */
  public static Models load() {
    CompletableFuture<VietnameseSegmenter> segmenter =
        CompletableFuture.supplyAsync(VietnameseSegmenter::load);
    Gazetteer gazetteer = Gazetteer.load();
    FigureExtractor figures = new FigureExtractor(Vocabulary.load(), gazetteer);
    return new Models(gazetteer, segmenter.join(), figures);
  }
}
