package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * {@link NameContexts} of any feature generator: the model's own generator makes the feature
 * strings, looked up in the model once per token.
 */
final class GeneratedContexts implements NameContexts {
  private final AdaptiveFeatureGenerator generator;
  private final Map<String, Context> predicates;
  private final int outcomes;

  GeneratedContexts(AdaptiveFeatureGenerator generator, Map<String, Context> predicates,
      int outcomes) {
    this.generator = generator;
    this.predicates = predicates;
    this.outcomes = outcomes;
  }

  @Override
  public double[][] at(String[] tokens, int i, String[] done) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, tokens, i, done);
    double[][] out = new double[features.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = NameContexts.weights(predicates.get(features.get(k)), outcomes);
    }
    return out;
  }

  @Override
  public void update(String[] tokens, String[] outcomes) {
    generator.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clear() {
    generator.clearAdaptiveData();
  }
}
