package org.canbo.pipeline;

/**
 * How a batch treats what the walk finds: whether symbolic links are followed out of the directory
 * given ({@code --follow-links}), and whether a file whose content is already indexed under another
 * id is indexed again ({@code --allow-duplicates}).
 */
public record BatchPolicy(boolean followLinks, boolean allowDuplicates) {
  /** Links stay inside the directory given; the same content is indexed once. */
  public static final BatchPolicy DEFAULT = new BatchPolicy(false, false);

  public BatchPolicy withAllowDuplicates(boolean value) {
    return new BatchPolicy(followLinks, value);
  }
}
