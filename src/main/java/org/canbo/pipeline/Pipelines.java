package org.canbo.pipeline;

import java.util.List;

/** The stage list every ingest runs, and the version stamped on indexed documents. */
public final class Pipelines {
  /**
   * Bumped whenever cleaning, metadata or a stage changes its output, so that re-ingesting an
   * unchanged file still refreshes documents indexed by an older pipeline.
   */
  public static final String VERSION = "1";

  private Pipelines() {}

  /** The standard stages, in order. */
  public static Pipeline standard() {
    return Pipeline.of(List.of());
  }
}
