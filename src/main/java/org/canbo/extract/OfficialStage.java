package org.canbo.extract;

import java.util.Set;
import org.canbo.extract.official.OfficialExtractor;
import org.canbo.model.Document;
import org.canbo.pipeline.Stage;

/** The pipeline stage that adds the named officials (name, titles, locality) to the annotations. */
public final class OfficialStage implements Stage {
  public static final String OFFICIALS = "officials";
  private final OfficialExtractor extractor;

  public OfficialStage(OfficialExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Set<String> requires() {
    return Set.of();
  }

  @Override
  public Set<String> provides() {
    return Set.of(OFFICIALS);
  }

  @Override
  public Document apply(Document document) {
    return document.withAnnotations(document.annotations().withOfficials(
        extractor.extract(document.id(), document.text(), document.metadata())));
  }
}
