package org.canbo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.util.automaton.Automaton;
import org.canbo.text.Diacritics;

/**
 * What one query position matches: a syllable, or a segmented word whose syllables are joined by
 * {@code _} as in the word fields ("thành_ủy"). Syllables typed with diacritics match literally,
 * the others any accented form, so "thành uy" matches the terms "thành_ủy" and "thành_uỷ" but not
 * "thanh_uy"; {@link #automaton()} accepts exactly those terms.
 */
record TermPattern(List<QuerySyllable> syllables) {
  /** For each base letter, itself and every lower-case letter that folds to it ("d" → "dđ"). */
  private static final Map<Character, String> VARIANTS = variants();

  TermPattern {
    if (syllables.isEmpty()) {
      throw new IllegalArgumentException("a term pattern needs at least one syllable");
    }
    syllables = List.copyOf(syllables);
  }

  static TermPattern of(QuerySyllable syllable) {
    return new TermPattern(List.of(syllable));
  }

  /** The term as typed (folded syllables without diacritics), joined by {@code _}. */
  String text() {
    return syllables.stream().map(QuerySyllable::text).collect(Collectors.joining("_"));
  }

  /** True when every syllable matches literally: the pattern is one term. */
  boolean literal() {
    return syllables.stream().allMatch(s -> s.exact() || s.neutral());
  }

  /** True when some syllable has letters and was typed without diacritics. */
  boolean folded() {
    return syllables.stream().anyMatch(s -> !s.exact() && !s.neutral());
  }

  /** True when some syllable was typed with diacritics. */
  boolean exact() {
    return syllables.stream().anyMatch(QuerySyllable::exact);
  }

  /** True when {@code term} (lower case, canonical) is matched. */
  boolean matches(String term) {
    String[] parts = term.split("_", -1);
    if (parts.length != syllables.size()) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (!syllables.get(i).matches(parts[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The terms this pattern matches, over Unicode code points: a chain of states, one per letter,
   * each stepping on the letter or its accented forms. Built directly, deterministic and minimal
   * as it is: going through a regular expression cost a minimisation per query word (a tenth of
   * a plain search's CPU on 100,000 articles).
   */
  Automaton automaton() {
    List<int[]> steps = new ArrayList<>();
    for (int i = 0; i < syllables.size(); i++) {
      if (i > 0) {
        steps.add(new int[] {'_'});
      }
      QuerySyllable s = syllables.get(i);
      s.text().codePoints().forEach(c -> {
        String variants = s.exact() || c > Character.MAX_VALUE ? null : VARIANTS.get((char) c);
        steps.add(variants == null ? new int[] {c} : variants.codePoints().sorted().distinct().toArray());
      });
    }
    Automaton a = new Automaton();
    int state = a.createState();
    for (int[] letters : steps) {
      int next = a.createState();
      for (int c : letters) {
        a.addTransition(state, next, c);
      }
      state = next;
    }
    a.setAccept(state, true);
    a.finishState();
    return a;
  }

  /**
   * The pattern as a regular expression, read alike by Lucene's RegExp and by java.util.regex
   * (Solr's terms.regex): letters, classes of letters and escaped others.
   */
  String regex() {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < syllables.size(); i++) {
      if (i > 0) {
        regex.append("\\_");
      }
      QuerySyllable s = syllables.get(i);
      for (int k = 0; k < s.text().length(); k++) {
        char c = s.text().charAt(k);
        String variants = s.exact() ? null : VARIANTS.get(c);
        if (variants == null) {
          // Lucene's RegExp reads a backslash before a letter as a class (\d, \w): escape others.
          regex.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
        } else {
          regex.append('[').append(variants).append(']');
        }
      }
    }
    return regex.toString();
  }

  private static Map<Character, String> variants() {
    Map<Character, StringBuilder> out = new TreeMap<>();
    for (char c = 'a'; c <= 'z'; c++) {
      out.put(c, new StringBuilder().append(c));
    }
    for (char c = '\u00C0'; c <= '\u1EFF'; c++) {
      char base = Diacritics.fold(c);
      if (Character.isLowerCase(c) && base != c && out.containsKey(base)) {
        out.get(base).append(c);
      }
    }
    return out.entrySet().stream()
        .filter(e -> e.getValue().length() > 1)
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().toString()));
  }
}
