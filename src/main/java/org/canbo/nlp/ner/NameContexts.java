package org.canbo.nlp.ner;

import opennlp.tools.ml.model.Context;

/**
 * The model parameters of the features a name finder's feature generator makes for each token of a
 * sentence, in the generator's order (the order GISModel sums them in), with the adaptive data the
 * features read. One sentence at a time, one thread.
 *
 * <p>A feature's parameters are given as {@link #weights}: one weight per outcome, 0 for the
 * outcomes the model gives it none. Adding those zeros changes no sum (a sum is never -0.0, the
 * one value adding +0.0 changes), and reading a flat array beats chasing a {@link Context}'s two.
 */
interface NameContexts {
  /**
   * The weights of token {@code i}'s features (null for a feature the model does not know), given
   * the outcomes {@code done} before it.
   */
  double[][] at(String[] tokens, int i, String[] done);

  /** A feature's parameters as a weight per outcome, 0 where it has none; null for null. */
  static double[] weights(Context context, int outcomes) {
    if (context == null) {
      return null;
    }
    double[] out = new double[outcomes];
    int[] active = context.getOutcomes();
    double[] parameters = context.getParameters();
    for (int k = 0; k < active.length; k++) {
      out[active[k]] = parameters[k] * 1.0; // ArrayMath.sumFeatures, value 1; outcomes unique
    }
    return out;
  }

  /** False when {@link #at} does not read {@code done}, which may then be null. */
  default boolean readsOutcomes() {
    return true;
  }

  /** Learns the outcomes of a decoded sentence (OpenNLP's adaptive data). */
  void update(String[] tokens, String[] outcomes);

  /** Forgets the adaptive data: a new document starts. */
  void clear();
}
