package org.canbo.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.canbo.extract.figure.FigureDecider;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.extract.figure.FigureModel;
import org.canbo.extract.figure.HybridDecider;
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

  /**
   * The figures' decider: the rules with the trained model's confidence (and its say where it is
   * sure), from {@code file} or else the shipped model; the rules alone when there is neither.
   */
  static FigureDecider figureDecider(Optional<Path> file) {
    Optional<FigureModel> model;
    try {
      model = file.isPresent() ? Optional.of(FigureModel.read(file.get())) : FigureModel.bundled();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the figure model " + file.get() + ": "
          + e.getMessage(), e);
    }
    return model.<FigureDecider>map(HybridDecider::new).orElseGet(FigureExtractor::ruleDecider);
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
    return load(nerModel, Optional.empty());
  }

  /**
   * Loads every resource; {@code nerModel} replaces the default name-finder model and {@code
   * figureModel} the shipped figure model (trained with {@code canbo train-figures}) when present.
   */
  public static Models load(Optional<Path> nerModel, Optional<Path> figureModel) {
    CompletableFuture<VietnameseSegmenter> segmenter =
        CompletableFuture.supplyAsync(VietnameseSegmenter::shared);
    CompletableFuture<LanguageIdentifier> language =
        CompletableFuture.supplyAsync(LanguageIdentifier::load);
    Gazetteer gazetteer = Gazetteer.load();
    PlaceFinder places = new PlaceFinder(gazetteer);
    OrganisationFinder organisations = new OrganisationFinder(places);
    DocumentRefExtractor documents = new DocumentRefExtractor(organisations, gazetteer);
    VietnameseSegmenter words = segmenter.join();
    FigureExtractor figures = new FigureExtractor(Vocabulary.load(), gazetteer, words)
        .withDecider(figureDecider(figureModel));
    return new Models(gazetteer, words, figures, OfficialExtractor.load(gazetteer, words, nerModel),
        places, organisations, documents, language.join());
  }
}
