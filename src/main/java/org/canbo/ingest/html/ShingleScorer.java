package org.canbo.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted article body with the true one as the article-extraction benchmark's
 * evaluate.py does: {@code \w+} tokens, shingles of four consecutive tokens (one shorter
 * shingle for a text under four tokens), counted as multisets.
 */
public final class ShingleScorer {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ShingleScorer() {}

  /** True positives, false positives and false negatives of one page. */
  public static PageScore score(String key, String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    Set<String> all = new HashSet<>(t.keySet());
    all.addAll(p.keySet());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String s : all) {
      int tc = t.getOrDefault(s, 0);
      int pc = p.getOrDefault(s, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    return new PageScore(key, tp, fp, fn);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(String.join(" ", shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
