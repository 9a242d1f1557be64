package org.canbo.nlp.segment;

import java.util.Arrays;

/**
 * The phrase graph of one run of syllables and its best path: fewest words first, ties broken by
 * the smoothed bigram/unigram log-probability (the vn.vitk decision rule).
 *
 * <p>Reusable scratch space, confined to one thread through {@link Workspace}; each solve resets
 * it without allocating once the arrays have grown to the longest run seen.
 */
final class PhraseGraph {
  /** Cost of one word; far above any log-probability, so word count decides first. */
  static final double WORD_COST = 1000;
  /** Weight of the bigram estimate against the unigram one (linear interpolation). */
  static final double LAMBDA = 0.7;
  private static final int NAME = -2;

  private int[] edgeFrom = new int[64];
  private int[] edgeTo = new int[64];
  private int[] edgeNode = new int[64];
  private int[] nextEnding = new int[64];
  private int[] back = new int[64];
  private double[] cost = new double[64];
  /** Per edge, once known: its cost after a word it was never seen after, or after no word. */
  private double[] unseenStep = new double[64];
  private double[] aloneStep = new double[64];
  private int[] ending = new int[64];
  private int[] nameEnd = new int[64];
  private int[] nextName = new int[64];
  private int edges;
  /** The chosen path as edge indices, last edge first. */
  private int[] path = new int[64];
  private int pathLength;

  /** Finds the best path over syllable tokens {@code [a, b)}; read it with {@link #word}. */
  void solve(Lexicon lexicon, NameRules names, TokenBuffer tokens, int a, int b, int leftNode) {
    int m = b - a;
    reset(m);
    names.mark(tokens, a, b, nameEnd);
    nextName[m] = m;
    for (int p = m - 1; p >= 0; p--) {
      nextName[p] = nameEnd[p] > 0 ? p : nextName[p + 1];
    }
    int inside = 0; // positions before this one are inside a name
    for (int p = 0; p < m; p++) {
      if (p < inside) {
        continue;
      }
      if (nameEnd[p] > 0) {
        addEdge(p, nameEnd[p] - a, NAME);
        inside = nameEnd[p] - a;
        continue;
      }
      addWords(lexicon, tokens, a, b, p, nextName[p + 1]);
    }
    relax(lexicon, leftNode);
    collect(m);
  }

  int words() {
    return pathLength;
  }

  /** Start token offset (relative to the run) of the {@code k}-th word, in text order. */
  int wordFrom(int k) {
    return edgeFrom[path[pathLength - 1 - k]];
  }

  int wordTo(int k) {
    return edgeTo[path[pathLength - 1 - k]];
  }

  boolean isName(int k) {
    return edgeNode[path[pathLength - 1 - k]] == NAME;
  }

  private void addWords(Lexicon lexicon, TokenBuffer tokens, int a, int b, int p, int limit) {
    int first = tokens.syllable[a + p];
    int node = lexicon.single(first);
    addEdge(p, p + 1, node); // every syllable is a word on its own, known or not
    boolean title = tokens.has(a + p, TokenBuffer.TITLE);
    for (int q = p + 1; q < limit && node != Lexicon.NONE; q++) {
      node = lexicon.child(node, tokens.syllable[a + q]);
      if (node == Lexicon.NONE) {
        break;
      }
      if (lexicon.isWord(node, title)) {
        addEdge(p, q + 1, node);
      }
    }
  }

  /** Edges were added in order of their start, so every edge into a node is final before use. */
  private void relax(Lexicon lexicon, int leftNode) {
    for (int e = 0; e < edges; e++) {
      int p = edgeFrom[e];
      if (p == 0) {
        cost[e] = step(lexicon, leftNode, e);
        back[e] = -1;
      } else {
        for (int d = ending[p]; d >= 0; d = nextEnding[d]) {
          double c = cost[d] + step(lexicon, edgeNode[d], e);
          if (c < cost[e]) {
            cost[e] = c;
            back[e] = d;
          }
        }
        if (back[e] == Integer.MIN_VALUE) {
          continue; // unreachable: nothing ends where it starts
        }
      }
      nextEnding[e] = ending[edgeTo[e]];
      ending[edgeTo[e]] = e;
    }
  }

  /**
   * The cost of edge {@code e} after a word of node {@code left}: the smoothed bigram estimate
   * when the pair was seen. Without a bigram the cost depends on the edge alone ({@code LAMBDA * 0
   * / n} adds exactly 0.0 to the unigram part), so its logarithm is taken once per edge, not once
   * per edge before it.
   */
  private double step(Lexicon lexicon, int left, int e) {
    int node = edgeNode[e];
    int leftCount = lexicon.unigram(left);
    boolean context = leftCount > 0 && node >= 0;
    int pair = context ? lexicon.bigram(left, node) : 0;
    if (pair != 0) {
      return WORD_COST - Math.log(LAMBDA * pair / leftCount + (1 - LAMBDA) * uni(lexicon, node));
    }
    double[] known = context ? unseenStep : aloneStep;
    if (Double.isNaN(known[e])) {
      double uni = uni(lexicon, node);
      known[e] = WORD_COST - Math.log(context ? (1 - LAMBDA) * uni : uni);
    }
    return known[e];
  }

  private static double uni(Lexicon lexicon, int node) {
    return (lexicon.unigram(node) + 0.5) / lexicon.unigramTotal();
  }

  private void collect(int m) {
    pathLength = 0;
    int best = -1;
    for (int e = ending[m]; e >= 0; e = nextEnding[e]) {
      if (best < 0 || cost[e] < cost[best]) {
        best = e;
      }
    }
    for (int e = best; e >= 0; e = back[e]) {
      if (pathLength == path.length) {
        path = Arrays.copyOf(path, pathLength * 2);
      }
      path[pathLength++] = e;
    }
  }

  private void addEdge(int from, int to, int node) {
    if (edges == edgeFrom.length) {
      int n = edges * 2;
      edgeFrom = Arrays.copyOf(edgeFrom, n);
      edgeTo = Arrays.copyOf(edgeTo, n);
      edgeNode = Arrays.copyOf(edgeNode, n);
      nextEnding = Arrays.copyOf(nextEnding, n);
      back = Arrays.copyOf(back, n);
      cost = Arrays.copyOf(cost, n);
      unseenStep = Arrays.copyOf(unseenStep, n);
      aloneStep = Arrays.copyOf(aloneStep, n);
    }
    edgeFrom[edges] = from;
    edgeTo[edges] = to;
    edgeNode[edges] = node;
    back[edges] = Integer.MIN_VALUE;
    cost[edges] = Double.MAX_VALUE;
    unseenStep[edges] = Double.NaN;
    aloneStep[edges] = Double.NaN;
    edges++;
  }

  private void reset(int m) {
    edges = 0;
    if (ending.length < m + 1) {
      ending = new int[m + 1];
      nameEnd = new int[m + 1];
      nextName = new int[m + 1];
    }
    Arrays.fill(ending, 0, m + 1, -1);
    Arrays.fill(nameEnd, 0, m + 1, 0);
  }
}
