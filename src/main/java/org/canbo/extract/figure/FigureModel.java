package org.canbo.extract.figure;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained maximum-entropy classifier over {@link FigureFeatures}: for each draft the probability
 * of every outcome (not a figure, or one of the categories); the most probable wins, and its
 * probability is the figure's confidence. Immutable and thread-safe (evaluation only reads the
 * model's parameters).
 */
public final class FigureModel implements FigureDecider {
  /** The model shipped with canbo, trained as the README describes. */
  public static final String RESOURCE = "/org/canbo/extract/figure/figures.model";

  /** First line of a model file, before the version of its features and OpenNLP's model. */
  private static final String MAGIC = "canbo figure model";

  private final MaxentModel model;
  private final String description;

  FigureModel(MaxentModel model, String description) {
    this.model = model;
    this.description = description;
  }

  /** How the model was trained (date, articles, events), as written in its file. */
  public String description() {
    return description;
  }

  /** The shipped model, or empty when the build did not include one. */
  public static java.util.Optional<FigureModel> bundled() {
    InputStream in = FigureModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return java.util.Optional.empty();
    }
    try (InputStream s = new BufferedInputStream(in)) {
      return java.util.Optional.of(read(s));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A model written by {@link #write}. */
  public static FigureModel read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in);
    }
  }

  private static FigureModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    String magic = data.readUTF();
    String version = data.readUTF();
    String description = data.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a canbo figure model (train one with 'canbo train-figures')");
    }
    if (!FigureFeatures.VERSION.equals(version)) {
      throw new IOException("figure model trained on features v" + version + ", this canbo uses v"
          + FigureFeatures.VERSION + ": retrain it with 'canbo train-figures'");
    }
    return new FigureModel(new GenericModelReader(new BinaryFileDataReader(data)).getModel(),
        description);
  }

  /** Writes the model: a header (features version, description), then OpenNLP's binary model. */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        DataOutputStream data = new DataOutputStream(out)) {
      data.writeUTF(MAGIC);
      data.writeUTF(FigureFeatures.VERSION);
      data.writeUTF(description);
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
  }

  /** The same model with another description. */
  FigureModel describedAs(String newDescription) {
    return new FigureModel(model, newDescription);
  }

  /** The probability of every outcome for a draft, by outcome name. */
  java.util.Map<String, Double> distribution(Draft draft) {
    double[] p = model.eval(draft.features().toArray(String[]::new));
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(model.getOutcome(i), p[i]);
    }
    return out;
  }

  @Override
  public Decision decide(Draft draft) {
    double[] p = model.eval(draft.features().toArray(String[]::new));
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return new Decision(model.getOutcome(best), p[best]);
  }
}
