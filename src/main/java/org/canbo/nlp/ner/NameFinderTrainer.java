package org.canbo.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP {@link NameFinderME} model from annotated text in OpenNLP's name-finder format
 * (one sentence of space-separated word tokens per line, names as {@code <START:person> Hồ_Văn_Vịnh
 * <END>}, blank lines between documents). Used by {@code canbo train-ner} and by the build, which
 * trains the default model from the committed data.
 */
public final class NameFinderTrainer {
  /** Language code stored in the model. */
  public static final String LANGUAGE = "vi";
  private final int iterations;
  private final int cutoff;

  /** @param iterations maxent iterations (100 is OpenNLP's default); @param cutoff feature cutoff */
  public NameFinderTrainer(int iterations, int cutoff) {
    if (iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("iterations " + iterations + " and cutoff " + cutoff
          + " must be positive");
    }
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /** The settings of the default model: a small corpus needs cutoff 1 to keep any feature. */
  public static NameFinderTrainer defaults() {
    return new NameFinderTrainer(100, 1);
  }

  /** Trains a model from the annotated data of {@code data}. */
  public TokenNameFinderModel train(InputStreamFactory data) throws IOException {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    try (ObjectStream<NameSample> samples =
        new NameSampleDataStream(new PlainTextByLineStream(data, StandardCharsets.UTF_8))) {
      return NameFinderME.train(LANGUAGE, null, samples, params, new TokenNameFinderFactory());
    }
  }

  /** Trains from a file and writes the model to {@code out}. */
  public void train(Path data, Path out) throws IOException {
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("no training data at " + data);
    }
    TokenNameFinderModel model = train(() -> Files.newInputStream(data));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
  }

  /** Trains from a classpath resource (the shipped data), for when no prebuilt model is there. */
  public TokenNameFinderModel trainFromResource(String resource) throws IOException {
    try (InputStream probe = NameFinderTrainer.class.getResourceAsStream(resource)) {
      if (probe == null) {
        throw new IllegalStateException("training data resource missing: " + resource);
      }
    }
    return train(() -> NameFinderTrainer.class.getResourceAsStream(resource));
  }

  /** Build step: {@code NameFinderTrainer DATA MODEL} trains the default model. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NameFinderTrainer DATA MODEL");
    }
    defaults().train(Path.of(args[0]), Path.of(args[1]));
  }
}
