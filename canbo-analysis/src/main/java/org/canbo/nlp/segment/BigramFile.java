package org.canbo.nlp.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed {@code bigram.xml}: distinct words (already folded into syllables) and the pairs as
 * indices into them, built on a background thread without touching the {@link Lexicon}.
 *
 * <p>Why a separate pass: the 200k pairs name only ~24k distinct words, so folding each word
 * once here and resolving it to a trie node once later keeps the main thread's share small.
 */
final class BigramFile {
  final List<String[]> words = new ArrayList<>(1 << 15);
  private final Map<String, Integer> index = new HashMap<>(1 << 16);
  int[] left = new int[1 << 18];
  int[] right = new int[1 << 18];
  int[] count = new int[1 << 18];
  int pairs;

  /** Adds one entry such as "trong,mua bán", ",,sớm" or "Long Thới,,". */
  void add(String pair, int n) {
    int comma = pair.indexOf(',', 1); // the first comma after a non-empty left side
    if (comma < 0 || comma == pair.length() - 1) {
      return;
    }
    if (pairs == left.length) {
      left = Arrays.copyOf(left, pairs * 2);
      right = Arrays.copyOf(right, pairs * 2);
      count = Arrays.copyOf(count, pairs * 2);
    }
    left[pairs] = word(pair.substring(0, comma));
    right[pairs] = word(pair.substring(comma + 1));
    count[pairs] = n;
    pairs++;
  }

  private int word(String form) {
    Integer i = index.get(form);
    if (i == null) {
      i = words.size();
      words.add(LexiconLoader.syllables(form));
      index.put(form, i);
    }
    return i;
  }

  /** Adds the counts of pairs whose words both exist in the lexicon. */
  void addTo(Lexicon lexicon) {
    int[] node = new int[words.size()];
    for (int w = 0; w < node.length; w++) {
      node[w] = find(lexicon, words.get(w));
    }
    for (int p = 0; p < pairs; p++) {
      int l = node[left[p]];
      int r = node[right[p]];
      if (l != Lexicon.NONE && r != Lexicon.NONE) {
        lexicon.addBigram(l, r, count[p]);
      }
    }
  }

  private static int find(Lexicon lexicon, String[] syllables) {
    int node = Lexicon.ROOT;
    for (String s : syllables) {
      node = lexicon.child(node, lexicon.syllables.find(s, 0, s.length()));
      if (node == Lexicon.NONE) {
        return node;
      }
    }
    return node == Lexicon.ROOT ? Lexicon.NONE : node;
  }
}
