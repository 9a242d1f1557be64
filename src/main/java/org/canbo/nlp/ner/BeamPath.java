package org.canbo.nlp.ner;

import opennlp.tools.util.Sequence;

/**
 * One path of {@link BeamNameFinder}'s search: OpenNLP's {@link Sequence} as a link to the path it
 * extends, so that extending it costs one object instead of copying two lists. Its score is summed
 * as Sequence sums it and it compares as Sequence does, so a priority queue orders paths as it
 * orders Sequences, ties included.
 */
final class BeamPath implements Comparable<BeamPath> {
  static final BeamPath EMPTY = new BeamPath(null, -1, 0d, 0d, 0);

  private final BeamPath parent;
  /** The index of the last outcome, -1 for the empty path. */
  final int outcome;
  private final double prob;
  final double score;
  final int length;

  private BeamPath(BeamPath parent, int outcome, double prob, double score, int length) {
    this.parent = parent;
    this.outcome = outcome;
    this.prob = prob;
    this.score = score;
    this.length = length;
  }

  /** This path extended by {@code outcome} of probability {@code p} (Sequence's constructor). */
  BeamPath extend(int outcome, double p) {
    return new BeamPath(this, outcome, p, score + StrictMath.log(p), length + 1);
  }

  /** The outcome before the last, -1 when the path is shorter than two. */
  int previousOutcome() {
    return length > 1 ? parent.outcome : -1;
  }

  /** The outcomes' names, first to last. */
  String[] outcomes(String[] names) {
    String[] out = new String[length];
    for (BeamPath p = this; p.length > 0; p = p.parent) {
      out[p.length - 1] = names[p.outcome];
    }
    return out;
  }

  /** The outcomes' probabilities, first to last. */
  double[] probs() {
    double[] out = new double[length];
    for (BeamPath p = this; p.length > 0; p = p.parent) {
      out[p.length - 1] = p.prob;
    }
    return out;
  }

  @Override
  public int compareTo(BeamPath s) {
    return Double.compare(s.score, score);
  }
}
