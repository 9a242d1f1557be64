package org.canbo.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbo.model.Document;

/**
 * All reviews of an index grouped by article, in journal order, as loaded once for an export or
 * a search; applies them to documents as they stream by.
 */
public final class ReviewSet {
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

  /** The ids of reviewed articles, sorted. */
  public List<String> documents() {
    return List.copyOf(byDoc.keySet());
  }

  /** One article's reviews in journal order (empty when none). */
  public List<Review> of(String doc) {
    return byDoc.getOrDefault(doc, Collections.emptyList());
  }

  /** The document with its reviews applied. */
  public ReviewedDocument apply(Document d, boolean includeRejected) {
    return new ReviewApplier(includeRejected).apply(d, of(d.id()));
  }
}
