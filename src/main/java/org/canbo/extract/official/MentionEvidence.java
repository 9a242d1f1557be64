package org.canbo.extract.official;

/**
 * What found one mention of an official: how its post was tied to it, whether an honorific stood
 * before the name, whether the name opens with a known family name, its length in syllables, which
 * name finders proposed it, and whether the post reached it through an anaphor ("ông từng giữ").
 */
record MentionEvidence(MentionLinker.Tie tie, boolean honorific, boolean knownFamily,
    int syllables, Finders finders, boolean anaphor) {

  /** Which name finders proposed the name. */
  enum Finders { RULES_AND_MODEL, RULES, MODEL }
}
