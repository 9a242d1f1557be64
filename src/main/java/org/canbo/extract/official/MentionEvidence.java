package org.canbo.extract.official;

/**
 * What found one mention of an official: how its post was tied to it, whether an honorific stood
 * before the name, whether the name opens with a known family name, whether only the statistical
 * name finder proposed it, and whether the post reached it through an anaphor ("ông từng giữ").
 */
record MentionEvidence(MentionLinker.Tie tie, boolean honorific, boolean knownFamily,
    boolean statisticalOnly, boolean anaphor) {}
