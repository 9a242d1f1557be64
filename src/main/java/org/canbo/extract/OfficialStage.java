package org.canbo.extract;

import java.util.Set;
import org.canbo.extract.official.OfficialExtractor;
import org.canbo.model.Document;

/** The pipeline stage that adds the named officials (name, titles, locality) to the annotations. */
public final class OfficialStage extends VietnameseStage {
  public static final String OFFICIALS = "officials";
  private final OfficialExtractor extractor;

  public OfficialStage(OfficialExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Set<String> provides() {
    return Set.of(OFFICIALS);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations().withOfficials(
        extractor.extract(document.id(), document.text(), document.metadata())));
  }
}
