package org.canbo.extract.official;

/**
 * What found one mention of an official: how its post was tied to it, whether an honorific stood
 * before the name, whether the name opens with a known family name, its length in syllables, which
 * name finders proposed it, whether the post reached it through an anaphor ("ông từng giữ"), and
 * whether its posts were cut short: a bare post ("phó chủ tịch") followed by words that are not a
 * known body ("liên đoàn Muay Thái"), so that it may not be a public post at all.
 */
record MentionEvidence(MentionLinker.Tie tie, boolean honorific, boolean knownFamily,
    int syllables, Finders finders, boolean anaphor, boolean postCutShort) {

  /** Which name finders proposed the name. */
  enum Finders { RULES_AND_MODEL, RULES, MODEL }
}
