package org.canbo.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.canbo.model.Annotations;
import org.canbo.model.Document;

/**
 * The reviewers' corrections of an index's figures, officials and cited documents, which search
 * sees in place of the extracted ones (its facets and figure, category, official and citation
 * filters); the index itself is never rewritten for a review.
 */
@FunctionalInterface
public interface AnnotationReviews {
  /** No reviews: search counts the extracted values, at no extra cost. */
  AnnotationReviews NONE = () -> Snapshot.EMPTY;

  /**
   * The reviews as they are now; the same object until they change, so work done for one
   * snapshot is reused until the next review.
   */
  Snapshot current() throws IOException;

  /** The reviews at one moment. */
  interface Snapshot {
    Snapshot EMPTY = new Snapshot() {
      @Override
      public Collection<String> documents() {
        return List.of();
      }

      @Override
      public Object version(String id) {
        return List.of();
      }

      @Override
      public Annotations reviewed(Document d) {
        return d.annotations();
      }
    };

    /** Ids of the reviewed articles. */
    Collection<String> documents();

    /** Equal for two snapshots exactly when the article's reviews are the same. */
    Object version(String id);

    /** The article's annotations with its reviews applied, rejected items left out. */
    Annotations reviewed(Document d);
  }
}
