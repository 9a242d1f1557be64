package org.canbo.extract.official;

import java.util.List;

/**
 * The confidence of an official, from the evidence of its mentions. Each mention gets a logistic
 * score of its evidence: a post right before or after the name is stronger than one given by a verb
 * or shared by coordinated names; an honorific, a known family name and the agreement of the rules
 * with the statistical finder add to it; a name only the statistical finder proposed, a
 * two-syllable name, a post reached through an anaphor and a bare post followed by an unknown body
 * take from it. The weights were set by
 * hand and checked on the development excerpts (README, "Confidence"). Further mentions of the same
 * name raise the best mention's score, each closing part of the remaining gap in proportion to its
 * own score. Stateless.
 */
final class OfficialConfidence {
  private static final double BIAS = 0.5;
  private static final double POST_BEFORE = 1.0;
  private static final double APPOSITION = 1.0;
  private static final double NEW_POST = 0.5;
  private static final double SHARED_POST = 0.3;
  private static final double HONORIFIC = 0.8;
  private static final double KNOWN_FAMILY = 0.6;
  private static final double MODEL_AGREES = 0.4;
  private static final double MODEL_ONLY = -1.5;
  private static final double TWO_SYLLABLES = -0.6;
  private static final double ANAPHOR = -0.8;
  private static final double POST_CUT_SHORT = -2.0;
  /** Share of the remaining gap a further mention closes, times its own score. */
  private static final double REPEAT = 0.5;

  private OfficialConfidence() {}

  /** The confidence in [0, 1] of an official with these mentions (at least one). */
  static double of(List<MentionEvidence> mentions) {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an official needs at least one mention");
    }
    double[] scores = mentions.stream().mapToDouble(OfficialConfidence::score).sorted().toArray();
    double confidence = scores[scores.length - 1];
    for (int i = scores.length - 2; i >= 0; i--) {
      confidence += (1 - confidence) * REPEAT * scores[i];
    }
    return Math.min(1.0, Math.max(0.0, confidence));
  }

  /** The score of one mention: the logistic of its weighted evidence. */
  static double score(MentionEvidence e) {
    double z = BIAS + tieWeight(e.tie())
        + (e.honorific() ? HONORIFIC : 0)
        + (e.knownFamily() ? KNOWN_FAMILY : 0)
        + (e.syllables() == 2 ? TWO_SYLLABLES : 0)
        + switch (e.finders()) {
          case RULES_AND_MODEL -> MODEL_AGREES;
          case RULES -> 0;
          case MODEL -> MODEL_ONLY;
        }
        + (e.anaphor() ? ANAPHOR : 0)
        + (e.postCutShort() ? POST_CUT_SHORT : 0);
    return 1 / (1 + Math.exp(-z));
  }

  private static double tieWeight(MentionLinker.Tie tie) {
    return switch (tie) {
      case POST_BEFORE -> POST_BEFORE;
      case APPOSITION -> APPOSITION;
      case NEW_POST -> NEW_POST;
      case SHARED_POST -> SHARED_POST;
    };
  }
}
