package org.canbo.extract;

import java.util.Set;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.model.Document;
import org.canbo.model.Figure;
import org.canbo.model.LayerKey;

/** The pipeline stage that adds the article's personnel figures to its annotations. */
public final class FigureStage extends VietnameseStage {
  /** The figures, held in {@link org.canbo.model.Annotations#figures()}. */
  public static final LayerKey<java.util.List<Figure>> FIGURES =
      LayerKey.listOf("figures", Figure.class);
  private final FigureExtractor extractor;

  public FigureStage(FigureExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(SentenceStage.SENTENCES, WordStage.WORDS, CanonicalStage.CANONICAL);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(FIGURES);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations().withFigures(
        extractor.extract(document.id(), document.text(), document.metadata(),
            document.layer(SentenceStage.SENTENCES), document.layer(WordStage.WORDS),
            document.layer(CanonicalStage.CANONICAL))));
  }
}
