package org.canbo;

import org.canbo.nlp.segment.VietnameseSegmenter;

/** Resources loaded once for the whole test run, as the CLI loads them once per process. */
public final class TestModels {
  public static final VietnameseSegmenter SEGMENTER = VietnameseSegmenter.load();

  private TestModels() {}
}
