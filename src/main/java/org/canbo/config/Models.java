package org.canbo.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.extract.figure.Vocabulary;
import org.canbo.extract.document.DocumentRefExtractor;
import org.canbo.extract.official.OfficialExtractor;
import org.canbo.extract.organisation.OrganisationFinder;
import org.canbo.extract.place.PlaceFinder;
import org.canbo.nlp.lang.LanguageIdentifier;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * The shared, immutable language resources of one process, loaded once (in parallel) and passed to
 * the stages, the index and the searcher through their constructors.
 */
public record Models(
    Gazetteer gazetteer,
    VietnameseSegmenter segmenter,
    FigureExtractor figures,
    OfficialExtractor officials,
    PlaceFinder places,
    OrganisationFinder organisations,
    DocumentRefExtractor documents,
    LanguageIdentifier language) {
  public Models {
    if (gazetteer == null || segmenter == null || figures == null || officials == null
        || places == null || organisations == null || documents == null || language == null) {
      throw new IllegalArgumentException("models need a gazetteer, a segmenter and the extractors");
    }
  }

  /** Loads every resource from the classpath, with the default name-finder model. */
  public static Models load() {
    return load(Optional.empty());
  }

  /**
   * Loads every resource from the classpath (the segmenter on a second thread); {@code nerModel}
   * replaces the default name-finder model when present.
   */
  public static Models load(Optional<Path> nerModel) {
    CompletableFuture<VietnameseSegmenter> segmenter =
        CompletableFuture.supplyAsync(VietnameseSegmenter::load);
    CompletableFuture<LanguageIdentifier> language =
        CompletableFuture.supplyAsync(LanguageIdentifier::load);
    Gazetteer gazetteer = Gazetteer.load();
    PlaceFinder places = new PlaceFinder(gazetteer);
    OrganisationFinder organisations = new OrganisationFinder(places);
    DocumentRefExtractor documents = new DocumentRefExtractor(organisations, gazetteer);
    VietnameseSegmenter words = segmenter.join();
    FigureExtractor figures = new FigureExtractor(Vocabulary.load(), gazetteer, words);
    return new Models(gazetteer, words, figures, OfficialExtractor.load(gazetteer, words, nerModel),
        places, organisations, documents, language.join());
  }
}
