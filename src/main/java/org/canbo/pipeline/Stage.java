package org.canbo.pipeline;

import java.util.Set;
import org.canbo.model.Document;

/**
 * One NLP or extraction step: declares the layers it needs and the layers it adds, and returns a new
 * document. Stages are stateless or thread-confined; shared resources come in through constructors.
 */
public interface Stage {
  /** A short name used in error messages. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Layer keys that must be present before this stage runs; none by default. */
  default Set<String> requires() {
    return Set.of();
  }

  /** Layer keys this stage adds. */
  Set<String> provides();

  Document apply(Document document);
}
