package org.canbo.extract;

import java.util.List;
import java.util.Set;
import org.canbo.extract.organisation.OrganisationFinder;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.model.OrganisationMention;

/** Adds the party and state bodies the article names, placed with the places already found. */
public final class OrganisationStage extends VietnameseStage {
  /** The bodies, held in {@link org.canbo.model.Annotations#organisations()}. */
  public static final LayerKey<List<OrganisationMention>> ORGANISATIONS =
      LayerKey.listOf("organisations", OrganisationMention.class);
  private final OrganisationFinder organisations;

  public OrganisationStage(OrganisationFinder organisations) {
    this.organisations = organisations;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(PlaceStage.PLACES, CanonicalStage.CANONICAL);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(ORGANISATIONS);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations().withOrganisations(organisations.find(
        document.id(), document.text(), document.layer(CanonicalStage.CANONICAL).canonical(),
        document.annotations().places())));
  }
}
