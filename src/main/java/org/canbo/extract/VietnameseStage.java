package org.canbo.extract;

import org.canbo.model.Document;
import org.canbo.pipeline.Stage;

/**
 * A stage whose rules only make sense on Vietnamese text: documents identified as another language
 * pass through unchanged (the ingest reports them), documents not yet identified are processed.
 */
public abstract class VietnameseStage implements Stage {
  public static final String VIETNAMESE = "vie";

  @Override
  public final Document apply(Document document) {
    String language = document.annotations().language();
    return language == null || VIETNAMESE.equals(language) ? applyVietnamese(document) : document;
  }

  /** The stage's work on a Vietnamese document. */
  protected abstract Document applyVietnamese(Document document);
}
