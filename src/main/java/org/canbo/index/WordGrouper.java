package org.canbo.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a run of single query syllables into words of the index's vocabulary, longest first
 * from the left ("luân chuyển cán bộ về" → luân_chuyển, cán_bộ, về): the same words the segmenter
 * produced while indexing, found for queries with or without diacritics alike.
 */
final class WordGrouper {
  /** Longest word tried, in syllables (names such as "Nguyễn Thị Minh Khai" have four). */
  static final int MAX_SYLLABLES = 5;

  private final WordVocabulary vocabulary;

  WordGrouper(WordVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  List<QueryUnit> group(List<QuerySyllable> run) {
    List<QueryUnit> out = new ArrayList<>();
    int i = 0;
    while (i < run.size()) {
      int n = longestWord(run, i);
      if (n > 1) {
        out.add(new QueryUnit.Word(new TermPattern(run.subList(i, i + n))));
      } else {
        out.add(new QueryUnit.Syllable(run.get(i)));
      }
      i += Math.max(1, n);
    }
    return out;
  }

  /** Syllables in the longest known word starting at {@code from}; 1 when none. */
  private int longestWord(List<QuerySyllable> run, int from) {
    int max = 0;
    while (max < MAX_SYLLABLES && from + max < run.size() && groupable(run.get(from + max))) {
      max++;
    }
    for (int n = max; n > 1; n--) {
      if (vocabulary.contains(new TermPattern(run.subList(from, from + n)))) {
        return n;
      }
    }
    return 1;
  }

  /** Words are made of letters: numbers and symbols stay on their own. */
  private static boolean groupable(QuerySyllable s) {
    return s.text().codePoints().allMatch(Character::isLetter);
  }
}
