package org.canbo.config;

import java.util.List;
import org.canbo.pipeline.Pipeline;
import org.canbo.extract.CanonicalStage;
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
   * Bumped whenever cleaning, metadata or a stage's code changes its output, so that re-ingesting
   * an unchanged file still refreshes documents indexed by an older pipeline. A changed resource
   * (vocabulary, gazetteer, lexicon, model) needs no bump: {@link #version} carries their digest.
   */
  public static final String VERSION = "9";

  private Pipelines() {}

  /**
   * The version stamped on documents ingested under these limits, with the digest of the bundled
   * resources ("9/res=3fa2c81b07de/chars=1000000"): a changed vocabulary or model makes every file
   * count as changed, and raising the character limit a previously truncated one, so that they are
   * read again.
   */
  public static String version(org.canbo.ingest.IngestLimits limits) {
    return version(BundledDigest.VALUE, limits);
  }

  /** The bundled resources cannot change while the JVM runs: read and hash them once. */
  private static final class BundledDigest {
    static final String VALUE = ResourceDigest.bundled();
  }

  /** The version for resources of digest {@code resources}. */
  static String version(String resources, org.canbo.ingest.IngestLimits limits) {
    return VERSION + "/res=" + resources + "/chars=" + limits.maxChars();
  }

  /** The standard stages, in order, built on the shared models. */
  public static Pipeline standard(Models models) {
    return Pipeline.of(List.of(
        new SentenceStage(models.gazetteer()),
        new CanonicalStage(),
        new WordStage(models.segmenter()),
        new LanguageStage(models.language()),
        new FigureStage(models.figures()),
        new OfficialStage(models.officials()),
        new PlaceStage(models.places()),
        new OrganisationStage(models.organisations()),
        new DocumentRefStage(models.documents())));
  }
}
