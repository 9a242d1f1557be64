package org.canbo.config;

import java.util.List;
import org.canbo.pipeline.Pipeline;
import org.canbo.extract.DocumentRefStage;
import org.canbo.extract.FigureStage;
import org.canbo.extract.LanguageStage;
import org.canbo.extract.OfficialStage;
import org.canbo.extract.OrganisationStage;
import org.canbo.extract.PlaceStage;
import org.canbo.extract.SentenceStage;
import org.canbo.extract.WordStage;

/** The stage list every ingest runs, and the version stamped on indexed documents. */
public final class Pipelines {
  /**
   * Bumped whenever cleaning, metadata or a stage changes its output, so that re-ingesting an
   * unchanged file still refreshes documents indexed by an older pipeline.
   */
  public static final String VERSION = "9";

  private Pipelines() {}

  /**
   * The version stamped on documents ingested under these limits: raising the character limit makes
   * a previously truncated file count as changed, so it is read again in full.
   */
  public static String version(org.canbo.ingest.IngestLimits limits) {
    return VERSION + "/chars=" + limits.maxChars();
  }

  /** The standard stages, in order, built on the shared models. */
  public static Pipeline standard(Models models) {
    return Pipeline.of(List.of(
        new SentenceStage(models.gazetteer()),
        new WordStage(models.segmenter()),
        new LanguageStage(models.language()),
        new FigureStage(models.figures()),
        new OfficialStage(models.officials()),
        new PlaceStage(models.places()),
        new OrganisationStage(models.organisations()),
        new DocumentRefStage(models.documents())));
  }
}
