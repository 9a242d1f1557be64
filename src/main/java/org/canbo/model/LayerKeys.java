package org.canbo.model;

/** Keys of the annotation layers a {@link Document} may carry. */
public final class LayerKeys {
  /**
   * Sentences in text order, span type {@code "sentence"}: span i is sentence i of the extractors,
   * the {@code sentence} index of figures, officials and cited documents.
   */
  public static final String SENTENCES = "sentences";
  public static final String SENTENCE_TYPE = "sentence";

  private LayerKeys() {}
}
