package org.canbo.extract;

import java.util.List;
import java.util.Set;
import org.canbo.extract.document.DocumentRefExtractor;
import org.canbo.extract.organisation.OrganisationFinder;
import org.canbo.extract.place.PlaceFinder;
import org.canbo.model.Document;
import org.canbo.model.OrganisationMention;
import org.canbo.model.PlaceMention;

/**
 * Adds places (resolved with their province), party and state bodies, and cited documents. One
 * stage because each step feeds the next: bodies reuse the places, documents take their issuers
 * from the bodies.
 */
public final class EntityStage extends VietnameseStage {
  public static final String PLACES = "places";
  public static final String ORGANISATIONS = "organisations";
  public static final String DOCUMENTS = "documents";

  private final PlaceFinder places;
  private final OrganisationFinder organisations;
  private final DocumentRefExtractor documents;

  public EntityStage(
      PlaceFinder places, OrganisationFinder organisations, DocumentRefExtractor documents) {
    this.places = places;
    this.organisations = organisations;
    this.documents = documents;
  }

  @Override
  public Set<String> provides() {
    return Set.of(PLACES, ORGANISATIONS, DOCUMENTS);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    String id = document.id();
    String text = document.text();
    List<PlaceMention> foundPlaces = places.find(id, text);
    List<OrganisationMention> bodies = organisations.find(id, text, foundPlaces);
    return document.withAnnotations(document.annotations()
        .withPlaces(foundPlaces)
        .withOrganisations(bodies)
        .withDocuments(documents.extract(id, text, bodies)));
  }
}
