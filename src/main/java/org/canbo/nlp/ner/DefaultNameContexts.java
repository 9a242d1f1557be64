package org.canbo.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
  /** Tokens that may open a "pw,w=" or a "w,nw=" predicate: only theirs need looking up. */
  private final Set<String> openPrevious;
  private final Set<String> openNext;
  private final Map<String, Map<String, Context>> previousClasses = new HashMap<>();
  private final Map<String, Map<String, Context>> nextClasses = new HashMap<>();
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
    this.openPrevious = firstTokens(predicates, "pw,w=");
    this.openNext = firstTokens(predicates, "w,nw=");
  }

  /**
   * Every string before a comma in a "{@code prefix}a,b" predicate: tokens may hold commas, so
   * this is a superset of the first tokens, which is all a gate needs.
   */
  private static Set<String> firstTokens(Map<String, Context> predicates, String prefix) {
    Set<String> out = new HashSet<>();
    for (String p : predicates.keySet()) {
      if (p.startsWith(prefix)) {
        for (int c = p.indexOf(',', prefix.length()); c >= 0; c = p.indexOf(',', c + 1)) {
          out.add(p.substring(prefix.length(), c));
        }
      }
    }
    return out;
  }

  /** One token string's class, lower case and window features' parameters. */
  private record Word(String kind, Context[] window, boolean opensPrevious, boolean opensNext) {}

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
      out[k++] = words[i - 1].opensPrevious
          ? predicates.get("pw,w=" + tokens[i - 1] + "," + tokens[i]) : null;
      out[k++] = classPair(previousClasses, "pwc,wc=", words[i - 1].kind, words[i].kind);
    }
    if (i + 1 < n) {
      out[k++] = words[i].opensNext
          ? predicates.get("w,nw=" + tokens[i] + "," + tokens[i + 1]) : null;
      out[k++] = classPair(nextClasses, "wc,nc=", words[i].kind, words[i + 1].kind);
    }
    if (i == 0) { // SentenceFeatureGenerator(begin, not end)
      out[k++] = sentenceBegin;
    }
    return Arrays.copyOf(out, k);
  }

  /** The predicate {@code prefix + a + "," + b} of two token classes (a handful), remembered. */
  private Context classPair(Map<String, Map<String, Context>> byFirst, String prefix, String a,
      String b) {
    Map<String, Context> pairs = byFirst.computeIfAbsent(a, x -> new HashMap<>());
    Context c = pairs.get(b);
    if (c == null && !pairs.containsKey(b)) {
      c = predicates.get(prefix + a + "," + b);
      pairs.put(b, c);
    }
    return c;
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
    return new Word(kind, window, openPrevious.contains(token), openNext.contains(token));
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
