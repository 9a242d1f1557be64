package org.canbo.extract.figure;

import java.util.regex.Pattern;

/**
 * What a whole article is about, for nouns whose category depends on it: delegates and committee
 * members count nominations in an article about elections or congresses, votes count evaluations
 * in a confidence vote.
 */
record DocumentTopic(boolean elections, boolean confidenceVote) {
  private static final Pattern ELECTIONS = Pattern.compile(
      "(?<!\\p{L})(?:bầu|trúng cử|ứng cử|tái cử|đắc cử|đại hội|hiệp thương)(?!\\p{L})");

  /** The topic of a normalised (lower-cased) article text. */
  static DocumentTopic of(String norm) {
    return new DocumentTopic(ELECTIONS.matcher(norm).find(), norm.contains("tín nhiệm"));
  }
}
