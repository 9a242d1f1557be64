package org.canbo.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.ml.model.Context;

/**
 * {@link NameContexts} of OpenNLP's default name-finder features ({@code ner-default-features.xml}:
 * token class and lower-case token in a window of two, "def", the previous-map feature, bigrams,
 * sentence begin), made in the order its generators make them, but from what each token string's
 * features are, remembered across sentences: OpenNLP classifies and lower-cases every token five
 * times a window and builds some twenty strings a token, all to look them up in the model.
 */
final class DefaultNameContexts implements NameContexts {
  /** The feature descriptor this class implements, as OpenNLP ships it. */
  static final byte[] DESCRIPTOR = defaultDescriptor();
  /** Window prefixes in the order WindowFeatureGenerator adds them: current, previous, next. */
  private static final String[] WINDOW = {"", "p1", "p2", "n1", "n2"};
  private static final int[] OFFSET = {0, -1, -2, 1, 2};
  private static final int PREVIOUS_PAIR = 0;
  private static final int NEXT_PAIR = 1;
  /**
   * Bounds the memo of token strings (a thread's vocabulary); dropping words changes no result,
   * so all but those holding the current document's outcomes are dropped past it.
   */
  static final int MEMO_LIMIT = 50_000;

  private final Map<String, Context> predicates;
  private final int outcomes;
  private final double[] definition;
  private final double[] sentenceBegin;
  /** The "pd=" predicate of each outcome, by outcome index; "pd=null" for a token not seen yet. */
  private final double[][] previousDecision;
  private final double[] noPreviousDecision;
  private final Map<String, Integer> outcomeIds = new HashMap<>();
  /**
   * Per token string its features and, for the current document, the outcome it last got
   * (PreviousMapFeatureGenerator's map, held by the words so no lookup is made for it).
   */
  private final Map<String, Word> memo = new HashMap<>();
  /** The document count: a word's outcome is of the current document when it holds this. */
  private int generation;
  /**
   * The "pw,w=a,b" and "w,nw=a,b" predicates ({@link #PREVIOUS_PAIR}, {@link #NEXT_PAIR}) by a,
   * then b: no string built per token pair, one lookup for both.
   */
  private final Map<String, Map<String, double[][]>> pairs;
  /** Token classes (tokenFeature's handful of names) numbered as first seen, for the pair memo. */
  private final Map<String, Integer> classIds = new HashMap<>();
  private final List<String> classes = new ArrayList<>();
  private double[][][] previousClasses = new double[0][][];
  private double[][][] nextClasses = new double[0][][];
  private String[] sentence;
  private Word[] words;
  /** Per token of the sentence, the pair predicates of it and the next token (or null). */
  private double[][][] pairsAt;

  DefaultNameContexts(Map<String, Context> predicates, String[] outcomes) {
    this.predicates = predicates;
    this.outcomes = outcomes.length;
    this.definition = weights("def");
    this.sentenceBegin = weights("S=begin");
    this.previousDecision = new double[outcomes.length][];
    for (int o = 0; o < outcomes.length; o++) {
      previousDecision[o] = weights("pd=" + outcomes[o]);
      outcomeIds.put(outcomes[o], o);
    }
    this.noPreviousDecision = weights("pd=null");
    this.pairs = new HashMap<>();
    addPairs(predicates, "pw,w=", PREVIOUS_PAIR);
    addPairs(predicates, "w,nw=", NEXT_PAIR);
  }

  /**
   * Adds the predicates "{@code prefix}a,b" to {@link #pairs} as a → b → parameters, in {@code
   * slot} of the pair's two. Tokens may hold commas, so every comma of a predicate splits it
   * once: the predicate of tokens a and b is the one split right after a, whatever other splits
   * it has.
   */
  private void addPairs(Map<String, Context> predicates, String prefix, int slot) {
    predicates.forEach((p, context) -> {
      if (p.startsWith(prefix)) {
        double[] weights = NameContexts.weights(context, outcomes);
        for (int c = p.indexOf(',', prefix.length()); c >= 0; c = p.indexOf(',', c + 1)) {
          pairs.computeIfAbsent(p.substring(prefix.length(), c), k -> new HashMap<>())
              .computeIfAbsent(p.substring(c + 1), k -> new double[2][])[slot] = weights;
        }
      }
    });
  }

  /** The weights of {@code predicate}, null when the model does not know it. */
  private double[] weights(String predicate) {
    return NameContexts.weights(predicates.get(predicate), outcomes);
  }

  /**
   * One token string's class, lower case and window features' parameters, and the "pd" feature's
   * parameters it has in the document of {@link #generation} (the outcome it last got there).
   */
  private static final class Word {
    final int kind;
    final double[][] window;
    /** The pair predicates of this token and the next, by the next token. */
    final Map<String, double[][]> pairs;
    int generation = -1;
    double[] decision;

    Word(int kind, double[][] window, Map<String, double[][]> pairs) {
      this.kind = kind;
      this.window = window;
      this.pairs = pairs;
    }
  }

  /** The outcomes before a token only feed the features BeamNameFinder adds itself. */
  @Override
  public boolean readsOutcomes() {
    return false;
  }

  @Override
  public double[][] at(String[] tokens, int i, String[] done) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    int n = tokens.length;
    double[][] out = new double[32][];
    int k = 0;
    for (int w = 0; w < WINDOW.length; w++) { // WindowFeatureGenerator(TokenClassFeatureGenerator)
      int j = i + OFFSET[w];
      if (j >= 0 && j < n) {
        out[k++] = words[j].window[3 * w];
        out[k++] = words[j].window[3 * w + 1];
      }
    }
    for (int w = 0; w < WINDOW.length; w++) { // WindowFeatureGenerator(TokenFeatureGenerator)
      int j = i + OFFSET[w];
      if (j >= 0 && j < n) {
        out[k++] = words[j].window[3 * w + 2];
      }
    }
    out[k++] = definition; // OutcomePriorFeatureGenerator
    Word word = words[i]; // PreviousMapFeatureGenerator: "pd=" + the outcome last given, or null
    out[k++] = word.generation == generation ? word.decision : noPreviousDecision;
    if (i > 0) { // BigramNameFeatureGenerator
      out[k++] = pair(i - 1, PREVIOUS_PAIR); // "pw,w=" + previous + "," + token
      out[k++] = previousClasses[words[i - 1].kind][words[i].kind];
    }
    if (i + 1 < n) {
      out[k++] = pair(i, NEXT_PAIR); // "w,nw=" + token + "," + next
      out[k++] = nextClasses[words[i].kind][words[i + 1].kind];
    }
    if (i == 0) { // SentenceFeatureGenerator(begin, not end)
      out[k++] = sentenceBegin;
    }
    return Arrays.copyOf(out, k);
  }

  /** The number of a token class, the pair tables grown to hold it. */
  private int classId(String kind) {
    Integer id = classIds.get(kind);
    if (id != null) {
      return id;
    }
    classIds.put(kind, classes.size());
    classes.add(kind);
    previousClasses = pairTable("pwc,wc=");
    nextClasses = pairTable("wc,nc=");
    return classes.size() - 1;
  }

  /** The predicates {@code prefix + a + "," + b} of the token classes seen so far. */
  private double[][][] pairTable(String prefix) {
    double[][][] table = new double[classes.size()][classes.size()][];
    for (int a = 0; a < classes.size(); a++) {
      for (int b = 0; b < classes.size(); b++) {
        table[a][b] = weights(prefix + classes.get(a) + "," + classes.get(b));
      }
    }
    return table;
  }

  private void prepare(String[] tokens) {
    if (memo.size() > MEMO_LIMIT) { // the words holding this document's outcomes stay
      memo.values().removeIf(w -> w.generation != generation);
    }
    sentence = tokens;
    words = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      words[i] = memo.computeIfAbsent(tokens[i], this::word);
    }
    pairsAt = new double[tokens.length][][];
    for (int i = 0; i + 1 < tokens.length; i++) {
      pairsAt[i] = words[i].pairs.get(tokens[i + 1]);
    }
  }

  /** The weights of pair predicate {@code slot} of tokens {@code i} and {@code i + 1}, or null. */
  private double[] pair(int i, int slot) {
    return pairsAt[i] == null ? null : pairsAt[i][slot];
  }

  private Word word(String token) {
    String kind = FeatureGeneratorUtil.tokenFeature(token);
    String lower = StringUtil.toLowerCase(token);
    double[][] window = new double[3 * WINDOW.length][];
    for (int w = 0; w < WINDOW.length; w++) {
      window[3 * w] = weights(WINDOW[w] + "wc=" + kind);
      window[3 * w + 1] = weights(WINDOW[w] + "w&c=" + lower + "," + kind);
      window[3 * w + 2] = weights(WINDOW[w] + "w=" + lower);
    }
    return new Word(classId(kind), window, pairs.getOrDefault(token, Map.of()));
  }

  @Override
  public void update(String[] tokens, String[] outcomes) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    for (int i = 0; i < tokens.length; i++) {
      words[i].generation = generation;
      words[i].decision = previousDecision[outcomeIds.get(outcomes[i])];
    }
  }

  @Override
  public void clear() {
    generation++;
  }

  private static byte[] defaultDescriptor() {
    try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream(
        "/opennlp/tools/namefind/ner-default-features.xml")) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
