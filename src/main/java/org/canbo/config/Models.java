package org.canbo.config;

import java.util.concurrent.CompletableFuture;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * The shared, immutable language resources of one process, loaded once (in parallel) and passed to
 * the stages, the index and the searcher through their constructors.
 */
public record Models(Gazetteer gazetteer, VietnameseSegmenter segmenter) {
  public Models {
    if (gazetteer == null || segmenter == null) {
      throw new IllegalArgumentException("models need a gazetteer and a segmenter");
    }
  }

  /** Loads every resource from the classpath; the segmenter on a second thread. */
  public static Models load() {
    CompletableFuture<VietnameseSegmenter> segmenter =
        CompletableFuture.supplyAsync(VietnameseSegmenter::load);
    Gazetteer gazetteer = Gazetteer.load();
    return new Models(gazetteer, segmenter.join());
  }
}
