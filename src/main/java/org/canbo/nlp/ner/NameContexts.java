package org.canbo.nlp.ner;

import opennlp.tools.ml.model.Context;

/**
 * The model parameters of the features a name finder's feature generator makes for each token of a
 * sentence, in the generator's order (the order GISModel sums them in), with the adaptive data the
 * features read. One sentence at a time, one thread.
 */
interface NameContexts {
  /** The parameters of token {@code i}'s features, given the outcomes {@code done} before it. */
  Context[] at(String[] tokens, int i, String[] done);

  /** False when {@link #at} does not read {@code done}, which may then be null. */
  default boolean readsOutcomes() {
    return true;
  }

  /** Learns the outcomes of a decoded sentence (OpenNLP's adaptive data). */
  void update(String[] tokens, String[] outcomes);

  /** Forgets the adaptive data: a new document starts. */
  void clear();
}
