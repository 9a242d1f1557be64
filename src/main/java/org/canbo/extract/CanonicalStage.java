package org.canbo.extract;

import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.pipeline.Stage;
import org.canbo.text.CanonicalText;

/**
 * Puts the article's text with canonical tone marks, and its lower-cased form, in a layer once
 * ({@link #CANONICAL}): the figure, place, organisation and document finders match on it, and each
 * used to compute it again. A document read by {@link org.canbo.pipeline.ArticleReader} has it
 * already (its metadata is read on the canonical text) and passes as it is.
 */
public final class CanonicalStage implements Stage {
  /** The text with canonical tone marks and lower-cased; offsets are the text's. */
  public static final LayerKey<CanonicalText> CANONICAL = CanonicalText.LAYER;

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(CANONICAL);
  }

  @Override
  public Document apply(Document document) {
    if (document.hasLayer(CANONICAL)) {
      return document; // made when the document was read, of the same text
    }
    return document.withLayer(CANONICAL, CanonicalText.of(document.text()));
  }
}
