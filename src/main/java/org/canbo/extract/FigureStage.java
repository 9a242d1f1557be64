package org.canbo.extract;

import java.util.Set;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.model.Document;

/** The pipeline stage that adds the article's personnel figures to its annotations. */
public final class FigureStage extends VietnameseStage {
  /** The key this stage provides, for stages that need figures. */
  public static final String FIGURES = "figures";
  private final FigureExtractor extractor;

  public FigureStage(FigureExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Set<String> provides() {
    return Set.of(FIGURES);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations().withFigures(
        extractor.extract(document.id(), document.text(), document.metadata())));
  }
}
