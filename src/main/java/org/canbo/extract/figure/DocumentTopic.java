package org.canbo.extract.figure;

import java.util.List;

/**
 * What a whole article is about, for nouns whose category depends on it: delegates and committee
 * members count nominations in an article about elections or congresses, votes count evaluations
 * in a confidence vote.
 */
record DocumentTopic(boolean elections, boolean confidenceVote) {
  /** Words of elections, each standing as a whole word (no letter on either side). */
  private static final List<String> ELECTIONS =
      List.of("bầu", "trúng cử", "ứng cử", "tái cử", "đắc cử", "đại hội", "hiệp thương");

  /** The topic of a normalised (lower-cased) article text. */
  static DocumentTopic of(String norm) {
    return new DocumentTopic(anyWord(norm, ELECTIONS), norm.contains("tín nhiệm"));
  }

  /**
   * Whether one of {@code words} stands in {@code s} with no letter before or after it: what the
   * regex {@code (?<!\p{L})(?:a|b)(?!\p{L})} finds, by indexOf instead of an alternation tried at
   * every position of the article.
   */
  static boolean anyWord(String s, List<String> words) {
    for (String w : words) {
      for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
        int end = i + w.length();
        if ((i == 0 || !Character.isLetter(s.codePointBefore(i)))
            && (end == s.length() || !Character.isLetter(s.codePointAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }
}
