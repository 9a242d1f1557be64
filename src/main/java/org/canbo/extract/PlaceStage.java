package org.canbo.extract;

import java.util.List;
import java.util.Set;
import org.canbo.extract.place.PlaceFinder;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.model.PlaceMention;

/** Adds the places the article names, each resolved with its province. */
public final class PlaceStage extends VietnameseStage {
  /** The places, held in {@link org.canbo.model.Annotations#places()}. */
  public static final LayerKey<List<PlaceMention>> PLACES =
      LayerKey.listOf("places", PlaceMention.class);
  private final PlaceFinder places;

  public PlaceStage(PlaceFinder places) {
    this.places = places;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(CanonicalStage.CANONICAL);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(PLACES);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations()
        .withPlaces(places.find(document.id(), document.text(),
            document.layer(CanonicalStage.CANONICAL).canonical())));
  }
}
