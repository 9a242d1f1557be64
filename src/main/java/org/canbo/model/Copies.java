package org.canbo.model;

/**
 * Where an article stands among its syndicated copies (the same story republished with other
 * chrome, title or a paragraph less): {@code cluster} is the id of the earliest copy (by date, then
 * id; the article's own id when it has no copy) and {@code duplicates} the number of articles in
 * the cluster (1 when it has no copy). {@link #NONE} for a document not grouped yet.
 */
public record Copies(String cluster, int duplicates) {
  public static final Copies NONE = new Copies(null, 0);

  public Copies {
    if (cluster == null ? duplicates != 0 : duplicates < 1) {
      throw new IllegalArgumentException(
          "cluster " + cluster + " with " + duplicates + " duplicates");
    }
  }

  /** The cluster's id when the article is a later copy in it, else null (the datasets' dup_of). */
  public String dupOf(String id) {
    return cluster == null || cluster.equals(id) ? null : cluster;
  }
}
