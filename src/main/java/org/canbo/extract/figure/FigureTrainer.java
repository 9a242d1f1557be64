package org.canbo.extract.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.canbo.model.Figure;

/**
 * Trains a {@link FigureModel} from annotated articles: each article is analysed by the rules, its
 * drafts are labelled from the gold figures ({@link GoldAlignment}) and become training events; an
 * L2-regularised maximum-entropy model (OpenNLP's quasi-Newton trainer) is fitted on them.
 */
public final class FigureTrainer {
  /**
   * L2 cost: small data, many sparse features. 3 keeps the confidence conservative: in 5-fold
   * cross-validation on the 65 development excerpts, figures at confidence 0.8 or more were right
   * 98% of the time, leaving room for articles unlike them.
   */
  public static final double L2_COST = 3.0;
  private final List<String[]> events = new ArrayList<>();
  private int articles;

  /** Adds one annotated article (its analysis and its gold figures). */
  public void add(FigureExtractor.Analysis analysis, List<Figure> gold) {
    events.addAll(GoldAlignment.events(analysis.drafts(), gold, analysis.text()));
    articles++;
  }

  /** Training events so far. */
  public int size() {
    return events.size();
  }

  /** Fits the model. */
  public FigureModel train() {
    return train(L2_COST);
  }

  /** Fits the model with another L2 cost (for cross-validation). */
  public FigureModel train(double l2Cost) {
    if (events.isEmpty()) {
      throw new IllegalStateException("no training events: no gold figure matched a draft");
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(TrainingParameters.ITERATIONS_PARAM, 300);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put("L2Cost", l2Cost);
    params.put("L1Cost", 0.0);
    params.put("Threads", 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new java.util.HashMap<>());
    List<Event> list = events.stream()
        .map(e -> new Event(e[0], Arrays.copyOfRange(e, 1, e.length))).toList();
    try {
      return new FigureModel(trainer.train(ObjectStreamUtils.createObjectStream(list)),
          String.format("trained %s on %d articles (%d events), L2 %s", java.time.LocalDate.now(),
              articles, events.size(), l2Cost));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
