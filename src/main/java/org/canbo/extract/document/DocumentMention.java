package org.canbo.extract.document;

import java.util.Set;

/**
 * One citation of a document before mentions are merged: kind, number as printed, ISO date, issuer
 * as printed, term, plenum, the span of the citation, the evidence that it names one document and
 * the first words of its subject after "về" (lower case, null when none), to recognise it again.
 */
record DocumentMention(
    String docType, String number, String date, String issuer, String term, String plenum,
    int start, int end, Set<Evidence> evidence, String topic) {
  DocumentMention {
    if (docType == null || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention " + docType + " [" + start + ", " + end + ")");
    }
    evidence = Set.copyOf(evidence);
  }

  /** How much the mention says, to pick the one a merged reference points to. */
  int richness() {
    int r = number == null ? 0 : number.contains("/") ? 3 : 2;
    r += date == null ? 0 : 1;
    r += issuer == null ? 0 : 1;
    r += plenum == null ? 0 : 2;
    return r + (term == null ? 0 : 1);
  }

  /**
   * Named only by the way it is written ("thông qua Nghị quyết", a capitalised title): no number,
   * plenum or issuer, so it may be a document already cited, referred to again.
   */
  boolean weak() {
    return number == null && plenum == null && issuer == null;
  }

  /** A weak mention refers to {@code earlier} by kind alone, or by kind and subject when it has one. */
  boolean refersTo(DocumentMention earlier) {
    return topic == null || topic.equals(earlier.topic());
  }
}
