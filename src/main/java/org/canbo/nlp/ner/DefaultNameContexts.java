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
  /** Bounds the memo of token strings (a thread's vocabulary); clearing it changes no result. */
  static final int MEMO_LIMIT = 50_000;

  private final Map<String, Context> predicates;
  private final Context definition;
  private final Context sentenceBegin;
  private final Map<String, Context> previousDecision = new HashMap<>();
  private final Map<String, String> previous = new HashMap<>(); // PreviousMapFeatureGenerator's
  private final Map<String, Word> memo = new HashMap<>();
  /** The "pw,w=a,b" and "w,nw=a,b" predicates by a, then b: no string built per token pair. */
  private final Map<String, Map<String, Context>> previousPairs;
  private final Map<String, Map<String, Context>> nextPairs;
  /** Token classes (tokenFeature's handful of names) numbered as first seen, for the pair memo. */
  private final Map<String, Integer> classIds = new HashMap<>();
  private final List<String> classes = new ArrayList<>();
  private Context[][] previousClasses = new Context[0][];
  private Context[][] nextClasses = new Context[0][];
  private String[] sentence;
  private Word[] words;

  DefaultNameContexts(Map<String, Context> predicates, String[] outcomes) {
    this.predicates = predicates;
    this.definition = predicates.get("def");
    this.sentenceBegin = predicates.get("S=begin");
    for (String o : outcomes) {
      previousDecision.put(o, predicates.get("pd=" + o));
    }
    previousDecision.put("null", predicates.get("pd=null"));
    this.previousPairs = pairs(predicates, "pw,w=");
    this.nextPairs = pairs(predicates, "w,nw=");
  }

  /**
   * The predicates "{@code prefix}a,b" as a → b → parameters. Tokens may hold commas, so every
   * comma of a predicate splits it once: the predicate of tokens a and b is the one split right
   * after a, whatever other splits it has.
   */
  private static Map<String, Map<String, Context>> pairs(Map<String, Context> predicates,
      String prefix) {
    Map<String, Map<String, Context>> out = new HashMap<>();
    predicates.forEach((p, context) -> {
      if (p.startsWith(prefix)) {
        for (int c = p.indexOf(',', prefix.length()); c >= 0; c = p.indexOf(',', c + 1)) {
          out.computeIfAbsent(p.substring(prefix.length(), c), k -> new HashMap<>())
              .put(p.substring(c + 1), context);
        }
      }
    });
    return out;
  }

  /** One token string's class, lower case and window features' parameters. */
  private record Word(int kind, Context[] window, Map<String, Context> previousPairs,
      Map<String, Context> nextPairs) {}

  /** The outcomes before a token only feed the features BeamNameFinder adds itself. */
  @Override
  public boolean readsOutcomes() {
    return false;
  }

  @Override
  public Context[] at(String[] tokens, int i, String[] done) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    int n = tokens.length;
    Context[] out = new Context[32];
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
    out[k++] = previousDecision.get(String.valueOf(previous.get(tokens[i])));
    if (i > 0) { // BigramNameFeatureGenerator
      out[k++] = words[i - 1].previousPairs.get(tokens[i]); // "pw,w=" + previous + "," + token
      out[k++] = previousClasses[words[i - 1].kind][words[i].kind];
    }
    if (i + 1 < n) {
      out[k++] = words[i].nextPairs.get(tokens[i + 1]); // "w,nw=" + token + "," + next
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
  private Context[][] pairTable(String prefix) {
    Context[][] table = new Context[classes.size()][classes.size()];
    for (int a = 0; a < classes.size(); a++) {
      for (int b = 0; b < classes.size(); b++) {
        table[a][b] = predicates.get(prefix + classes.get(a) + "," + classes.get(b));
      }
    }
    return table;
  }

  private void prepare(String[] tokens) {
    if (memo.size() > MEMO_LIMIT) {
      memo.clear();
    }
    sentence = tokens;
    words = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      words[i] = memo.computeIfAbsent(tokens[i], this::word);
    }
  }

  private Word word(String token) {
    String kind = FeatureGeneratorUtil.tokenFeature(token);
    String lower = StringUtil.toLowerCase(token);
    Context[] window = new Context[3 * WINDOW.length];
    for (int w = 0; w < WINDOW.length; w++) {
      window[3 * w] = predicates.get(WINDOW[w] + "wc=" + kind);
      window[3 * w + 1] = predicates.get(WINDOW[w] + "w&c=" + lower + "," + kind);
      window[3 * w + 2] = predicates.get(WINDOW[w] + "w=" + lower);
    }
    return new Word(classId(kind), window, previousPairs.getOrDefault(token, Map.of()),
        nextPairs.getOrDefault(token, Map.of()));
  }

  @Override
  public void update(String[] tokens, String[] outcomes) {
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], outcomes[i]);
    }
  }

  @Override
  public void clear() {
    previous.clear();
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
