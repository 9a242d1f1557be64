package org.canbo.model;

import java.util.List;

/**
 * What the extraction stages found in a document, as typed records with their own offsets into
 * the clean text: figures now; officials, places and cited documents join them later.
 */
public record Annotations(List<Figure> figures) {
  public static final Annotations NONE = new Annotations(List.of());

  public Annotations {
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  public Annotations withFigures(List<Figure> newFigures) {
    return new Annotations(newFigures);
  }
}
