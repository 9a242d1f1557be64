package org.canbo.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.canbo.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistical person-name finder's model: a user's model file, or the default one trained at
 * build time from the shipped annotation data (trained in-process from that data when the build
 * step did not run, e.g. in an IDE). The model is immutable and shared; {@link NameFinderME} is
 * not thread-safe, so every document gets a {@link #newFinder() finder} of its own.
 */
public final class PersonNameModel {
  /** The default model, written into the classes directory by the build. */
  public static final String MODEL_RESOURCE = "/org/canbo/nlp/ner/person-ner.bin";
  /** The annotation data the default model is trained from (OpenNLP name-finder format). */
  public static final String DATA_RESOURCE = "/org/canbo/nlp/ner/person-ner.train";
  private static final Logger LOG = LoggerFactory.getLogger(PersonNameModel.class);

  private final TokenNameFinderModel model;

  public PersonNameModel(TokenNameFinderModel model) {
    if (model == null) {
      throw new IllegalArgumentException("no name finder model");
    }
    this.model = model;
  }

  /** The model at {@code path} when given, else the default one. */
  public static PersonNameModel load(Optional<Path> path) {
    try {
      if (path.isPresent()) {
        if (!Files.isRegularFile(path.get())) {
          throw new IllegalArgumentException("no NER model at " + path.get());
        }
        return new PersonNameModel(new TokenNameFinderModel(path.get()));
      }
      try (InputStream in = PersonNameModel.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in != null) {
          return new PersonNameModel(new TokenNameFinderModel(in));
        }
      }
      LOG.warn("no prebuilt {}: training the default NER model from {}", MODEL_RESOURCE,
          DATA_RESOURCE);
      return new PersonNameModel(NameFinderTrainer.defaults().trainFromResource(DATA_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load NER model " + path.map(Path::toString)
          .orElse(MODEL_RESOURCE), e);
    }
  }

  /**
   * A finder for one thread, NameFinderME's names by {@link BeamNameFinder} when it decodes this
   * model; call {@link TokenNameFinder#clearAdaptiveData()} between documents.
   */
  public TokenNameFinder newFinder() {
    return BeamNameFinder.of(model);
  }

  public TokenNameFinderModel model() {
    return model;
  }

  /** Person spans of one sentence's word tokens, as character spans. */
  public static List<Span> find(TokenNameFinder finder, Tokens words) {
    return words.charSpans(finder.find(words.tokens()));
  }
}
