package org.canbo.pipeline;

import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;

/**
 * One NLP or extraction step: declares the layers it needs and the layers it adds, and returns a new
 * document. Stages are stateless or thread-confined; shared resources come in through constructors.
 */
public interface Stage {
  /** A short name used in error messages. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Layers that an earlier stage must provide before this one runs; none by default. */
  default Set<LayerKey<?>> requires() {
    return Set.of();
  }

  /** Layers this stage adds, for the stages after it. */
  Set<LayerKey<?>> provides();

  Document apply(Document document);
}
