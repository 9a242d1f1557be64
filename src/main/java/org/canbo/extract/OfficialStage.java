package org.canbo.extract;

import java.util.List;
import java.util.Set;
import org.canbo.extract.official.OfficialExtractor;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.model.Official;

/** The pipeline stage that adds the named officials (name, titles, locality) to the annotations. */
public final class OfficialStage extends VietnameseStage {
  /** The officials, held in {@link org.canbo.model.Annotations#officials()}. */
  public static final LayerKey<List<Official>> OFFICIALS =
      LayerKey.listOf("officials", Official.class);
  private final OfficialExtractor extractor;

  public OfficialStage(OfficialExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(SentenceStage.SENTENCES, WordStage.WORDS, CanonicalStage.CANONICAL);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(OFFICIALS);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations().withOfficials(
        extractor.extract(document.id(), document.text(), document.metadata(),
            document.layer(SentenceStage.SENTENCES), document.layer(WordStage.WORDS),
            document.layer(CanonicalStage.CANONICAL))));
  }
}
