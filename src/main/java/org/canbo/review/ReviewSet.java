package org.canbo.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbo.index.AnnotationReviews;
import org.canbo.model.Annotations;
import org.canbo.model.Document;

/**
 * All reviews of an index grouped by article, in journal order, as loaded once for an export or
 * a search; applies them to documents as they stream by.
 */
public final class ReviewSet implements AnnotationReviews.Snapshot {
  public static final ReviewSet EMPTY = new ReviewSet(List.of());

  private final Map<String, List<Review>> byDoc = new TreeMap<>();
  private final int size;

  public ReviewSet(List<Review> reviews) {
    for (Review r : reviews) {
      byDoc.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r);
    }
    byDoc.replaceAll((k, v) -> List.copyOf(v));
    size = reviews.size();
  }

  /** Number of review records (every edit, superseded ones too). */
  public int size() {
    return size;
  }

  /** The ids of reviewed articles, sorted (a view: search asks on every query). */
  @Override
  public java.util.Set<String> documents() {
    return Collections.unmodifiableSet(byDoc.keySet());
  }

  /** One article's reviews in journal order (empty when none). */
  public List<Review> of(String doc) {
    return byDoc.getOrDefault(doc, Collections.emptyList());
  }

  /** An article's reviews, as search compares them to know whether they changed. */
  @Override
  public Object version(String id) {
    return of(id);
  }

  /** What search sees of an article: its annotations with the reviews applied, rejected left out. */
  @Override
  public Annotations reviewed(Document d) {
    return apply(d, false).document().annotations();
  }

  /** The document with its reviews applied. */
  public ReviewedDocument apply(Document d, boolean includeRejected) {
    return new ReviewApplier(includeRejected).apply(d, of(d.id()));
  }
}
