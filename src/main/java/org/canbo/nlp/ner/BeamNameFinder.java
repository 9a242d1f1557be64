package org.canbo.nlp.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * {@link NameFinderME#find(String[])} for a maxent (GIS) model with a cached feature generator,
 * giving the same names (and probabilities) with a fraction of the work: OpenNLP's beam search
 * rebuilds every feature string and looks it up in the model once per beam (three times a token);
 * here a token's generated features are looked up once ({@link NameContexts}; for OpenNLP's default
 * features, from a memo of each token string's features), and the outcome of a token given the two
 * outcomes before it is scored once. The steps are OpenNLP's (its {@link BeamSearch}, its {@link
 * Sequence}'s scores and order kept by {@link BeamPath} without copying lists, the model's sequence
 * validator and codec, the model's feature generator and adaptive data) and the scores are summed in the same order with the same operations, so every score is the
 * same double and the search takes the same path. Not thread-safe (the adaptive data), like
 * NameFinderME: one per thread, {@link #clearAdaptiveData()} between documents.
 */
public final class BeamNameFinder implements TokenNameFinder {
  private static final String MAXENT_ENTRY = "nameFinder.model";
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  /** The search's floor, BeamSearch's {@code zeroLog}. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final SequenceCodec<String> codec;
  /**
   * Whether outcome o may follow outcome l, at [l + 1][o] (row 0: first outcome). The model's
   * validator, NameFinderSequenceValidator, reads only the last outcome before the one it checks.
   */
  private final boolean[][] valid;
  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final int other;
  private final double logPrior;
  private final int size;
  private final double[][] po;
  private final double[][] ppo;
  private final NameContexts contexts;
  /** Per token string, {@link Scores#outcomeFeatures}: a memo, bounded, that changes no result. */
  private final Map<String, double[][]> outcomeFeatures = new HashMap<>();

  private BeamNameFinder(TokenNameFinderModel model, AdaptiveFeatureGenerator generator,
      GISModel maxent) {
    this.codec = model.getFactory().createSequenceCodec();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) maxent.getDataStructures()[1];
    this.predicates = pmap;
    this.outcomes = new String[maxent.getNumOutcomes()];
    this.po = new double[outcomes.length][];
    this.ppo = new double[outcomes.length][];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = maxent.getOutcome(o);
      po[o] = weights("po=" + outcomes[o]);
      ppo[o] = weights("ppo=" + outcomes[o]);
    }
    this.other = maxent.getIndex(NameFinderME.OTHER);
    this.valid = validity(codec.createSequenceValidator(), outcomes);
    this.logPrior = StrictMath.log(1.0 / outcomes.length); // GISModel's UniformPrior
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    this.contexts =
        descriptor instanceof byte[] d && Arrays.equals(d, DefaultNameContexts.DESCRIPTOR)
        ? new DefaultNameContexts(predicates, outcomes)
        : new GeneratedContexts(generator, predicates, outcomes.length);
  }

  /** The weights per outcome of {@code predicate}, null when the model does not know it. */
  private double[] weights(String predicate) {
    return NameContexts.weights(predicates.get(predicate), outcomes.length);
  }

  /**
   * This finder for {@code model} when it is one this class decodes exactly (a plain GIS model, a
   * cached feature generator, BIO codec, an "other" outcome), else OpenNLP's own NameFinderME.
   */
  public static TokenNameFinder of(TokenNameFinderModel model) {
    Object maxent = model.getArtifact(MAXENT_ENTRY);
    AdaptiveFeatureGenerator generator = model.getFactory().createFeatureGenerators();
    // A cached generator's features at a token do not depend on the beam (OpenNLP computes them
    // for the first beam and reuses them), which is what makes one score per outcome pair exact.
    if (maxent != null && maxent.getClass() == GISModel.class
        && generator instanceof CachedFeatureGenerator
        && model.getFactory().createSequenceCodec().getClass() == BioCodec.class
        && model.getFactory().createSequenceCodec().createSequenceValidator().getClass()
            == NameFinderSequenceValidator.class
        && ((GISModel) maxent).getIndex(NameFinderME.OTHER) >= 0
        && hasUniformPrior((GISModel) maxent)) {
      return new BeamNameFinder(model, generator, (GISModel) maxent);
    }
    return new NameFinderME(model);
  }

  private static boolean[][] validity(SequenceValidator<String> validator, String[] outcomes) {
    boolean[][] out = new boolean[outcomes.length + 1][outcomes.length];
    for (int last = -1; last < outcomes.length; last++) {
      String[] done = last < 0 ? new String[0] : new String[] {outcomes[last]};
      for (int o = 0; o < outcomes.length; o++) {
        out[last + 1][o] = validator.validSequence(done.length, new String[done.length + 1], done,
            outcomes[o]);
      }
    }
    return out;
  }

  /** The prior GIS models get when OpenNLP reads or trains them; one built otherwise may differ. */
  private static boolean hasUniformPrior(GISModel maxent) {
    double[] p = new double[maxent.getNumOutcomes()];
    Arrays.fill(p, StrictMath.log(1.0 / p.length));
    return Arrays.equals(softmax(p), maxent.eval(new String[0]));
  }

  @Override
  public Span[] find(String[] tokens) {
    BeamPath best = bestSequence(tokens);
    String[] c = best.outcomes(outcomes);
    contexts.update(tokens, c);
    Span[] spans = codec.decode(Arrays.asList(c));
    double[] probs = best.probs();
    for (int s = 0; s < spans.length; s++) { // NameFinderME.setProbs: the mean over the name
      double p = 0;
      for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
        p += probs[i];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  @Override
  public void clearAdaptiveData() {
    contexts.clear();
  }

  /** {@link BeamSearch#bestSequence}, step for step, with scores from {@link Scores}. */
  private BeamPath bestSequence(String[] tokens) {
    if (outcomeFeatures.size() > DefaultNameContexts.MEMO_LIMIT) {
      outcomeFeatures.clear();
    }
    Scores scores = new Scores(tokens);
    Queue<BeamPath> prev = new PriorityQueue<>(size);
    Queue<BeamPath> next = new PriorityQueue<>(size);
    prev.add(BeamPath.EMPTY);
    for (int i = 0; i < tokens.length; i++) {
      int sz = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        BeamPath top = prev.remove();
        int key = scores.at(i, top);
        double[] p = scores.memo[key];
        double min = scores.min[key];
        for (int o = 0; o < p.length; o++) {
          if (p[o] >= min) {
            extend(next, top, o, p[o]);
          }
        }
        if (next.isEmpty()) { // no advanced sequences: advance all valid
          for (int o = 0; o < p.length; o++) {
            extend(next, top, o, p[o]);
          }
        }
      }
      prev.clear();
      Queue<BeamPath> tmp = prev;
      prev = next;
      next = tmp;
    }
    return prev.remove();
  }

  private void extend(Queue<BeamPath> next, BeamPath top, int o, double p) {
    if (valid[top.outcome + 1][o]) {
      BeamPath ns = top.extend(o, p);
      if (ns.score > MIN_SEQUENCE_SCORE) {
        next.add(ns);
      }
    }
  }

  /**
   * The outcome distributions of one sentence: at token i, given the two outcomes before it (as
   * DefaultNameContextGenerator's "po", "pow", "powf" and "ppo" features see them), computed once.
   */
  private final class Scores {
    private final String[] tokens;
    /** Per token, the log prior plus its generated features: the first terms of every sum. */
    private final double[][] generated;
    /** Per token, its "pow" and "powf" features ({@link #outcomeFeatures}). */
    private final double[][][] previous;
    final double[][] memo;
    /** Per memo entry, the least probability BeamSearch extends a path with. */
    final double[] min;

    Scores(String[] tokens) {
      this.tokens = tokens;
      this.generated = new double[tokens.length][];
      this.previous = new double[tokens.length][][];
      this.memo = new double[tokens.length * outcomes.length * outcomes.length][];
      this.min = new double[memo.length];
    }

    /** The memo key of the distribution at token {@code i} after path {@code done}, filled. */
    int at(int i, BeamPath done) {
      if (generated[i] == null) { // as CachedFeatureGenerator: made with the first beam's outcomes
        double[] p = new double[outcomes.length];
        Arrays.fill(p, logPrior);
        String[] before = contexts.readsOutcomes() ? done.outcomes(outcomes) : null;
        for (double[] w : contexts.at(tokens, i, before)) {
          add(p, w);
        }
        generated[i] = p;
        previous[i] = outcomeFeatures.computeIfAbsent(tokens[i], this::outcomeFeatures);
      }
      int a = i > 0 ? done.outcome : other;
      int b = i > 1 ? done.previousOutcome() : other;
      int key = (i * outcomes.length + a) * outcomes.length + b;
      if (memo[key] == null) {
        double[] p = eval(generated[i], previous[i], a, b);
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        memo[key] = p;
        min[key] = sorted[Math.max(0, p.length - size)];
      }
      return key;
    }

  /**
     * GISModel.eval: uniform log prior, parameters summed feature by feature (the generated ones
     * already), then the previous-outcome features DefaultNameContextGenerator adds, then softmax.
     */
    private double[] eval(double[] generated, double[][] previous, int a, int b) {
      double[] p = generated.clone();
      add(p, po[a]);
      add(p, previous[a]);
      add(p, previous[outcomes.length + a]);
      add(p, ppo[b]);
      return softmax(p);
    }

    /** The "pow" (outcome, token) and "powf" (outcome, token class) features of each outcome. */
    private double[][] outcomeFeatures(String token) {
      String kind = FeatureGeneratorUtil.tokenFeature(token);
      double[][] out = new double[2 * outcomes.length][];
      for (int o = 0; o < outcomes.length; o++) {
        out[o] = weights("pow=" + outcomes[o] + "," + token);
        out[outcomes.length + o] = weights("powf=" + outcomes[o] + "," + kind);
      }
      return out;
    }
  }

  /** GISModel.eval's normalisation of the summed log scores, in place. */
  private static double[] softmax(double[] p) {
    double normal = 0.0;
    for (int o = 0; o < p.length; o++) {
      p[o] = StrictMath.exp(p[o]);
      normal += p[o];
    }
    for (int o = 0; o < p.length; o++) {
      p[o] /= normal;
    }
    return p;
  }

  /** Adds a feature's weights (GISModel adds its parameters, times value 1, outcome by outcome). */
  private static void add(double[] p, double[] weights) {
    if (weights != null) {
      for (int o = 0; o < p.length; o++) {
        p[o] += weights[o];
      }
    }
  }
}
