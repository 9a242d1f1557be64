package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbo.model.Figure;

/**
 * Document-level K-fold cross-validation of the trained figure model: the annotated articles are
 * dealt into K folds in id order; each fold is decided by a model trained on the other K-1, so
 * every article is scored by a model that never saw it — the number to expect on new articles.
 */
public final class FigureCrossValidation {
  private FigureCrossValidation() {}

  /**
   * The figures of every analysed article, each decided by the model of its fold. Articles without
   * gold are neither trained on nor decided.
   */
  public static Map<String, List<Figure>> predict(FigureExtractor extractor,
      Map<String, FigureExtractor.Analysis> analyses, Map<String, List<Figure>> gold, int folds,
      double l2Cost) {
    return predict(extractor, analyses, gold, folds, l2Cost, m -> m);
  }

  /** As above, deciding with what {@code decider} makes of each fold's model. */
  public static Map<String, List<Figure>> predict(FigureExtractor extractor,
      Map<String, FigureExtractor.Analysis> analyses, Map<String, List<Figure>> gold, int folds,
      double l2Cost, java.util.function.Function<FigureModel, FigureDecider> decider) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    List<String> ids = new ArrayList<>(new TreeMap<>(analyses).keySet());
    ids.removeIf(id -> !gold.containsKey(id));
    Map<String, List<Figure>> out = new TreeMap<>();
    for (int k = 0; k < folds; k++) {
      FigureTrainer trainer = new FigureTrainer();
      for (int i = 0; i < ids.size(); i++) {
        if (i % folds != k) {
          trainer.add(analyses.get(ids.get(i)), gold.get(ids.get(i)));
        }
      }
      FigureModel model = trainer.train(l2Cost);
      for (int i = k; i < ids.size(); i += folds) {
        out.put(ids.get(i), extractor.figures(analyses.get(ids.get(i)), decider.apply(model)));
      }
    }
    return out;
  }
}
