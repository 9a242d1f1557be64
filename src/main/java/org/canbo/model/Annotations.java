package org.canbo.model;

import java.util.List;

/**
 * What the extraction stages found in a document, as typed records with their own offsets into
 * the clean text: figures, officials, cited documents, places and organisations; plus the
 * detected language (ISO 639-3, e.g. "vie"), null when not detected.
 */
public record Annotations(
    List<Figure> figures,
    List<Official> officials,
    List<DocumentRef> documents,
    List<PlaceMention> places,
    List<OrganisationMention> organisations,
    String language) {
  public static final Annotations NONE =
      new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), null);

  public Annotations {
    figures = figures == null ? List.of() : List.copyOf(figures);
    officials = officials == null ? List.of() : List.copyOf(officials);
    documents = documents == null ? List.of() : List.copyOf(documents);
    places = places == null ? List.of() : List.copyOf(places);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
  }

  /** Only figures (kept for callers that predate the other annotations). */
  public Annotations(List<Figure> figures) {
    this(figures, List.of(), List.of(), List.of(), List.of(), null);
  }

  public Annotations withFigures(List<Figure> value) {
    return new Annotations(value, officials, documents, places, organisations, language);
  }

  public Annotations withOfficials(List<Official> value) {
    return new Annotations(figures, value, documents, places, organisations, language);
  }

  public Annotations withDocuments(List<DocumentRef> value) {
    return new Annotations(figures, officials, value, places, organisations, language);
  }

  public Annotations withPlaces(List<PlaceMention> value) {
    return new Annotations(figures, officials, documents, value, organisations, language);
  }

  public Annotations withOrganisations(List<OrganisationMention> value) {
    return new Annotations(figures, officials, documents, places, value, language);
  }

  public Annotations withLanguage(String value) {
    return new Annotations(figures, officials, documents, places, organisations, value);
  }
}
