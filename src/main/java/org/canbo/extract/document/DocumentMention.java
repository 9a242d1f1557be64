package org.canbo.extract.document;

/**
 * One citation of a document before mentions are merged: kind, number as printed, ISO date, issuer
 * as printed, term, plenum and the span of the citation.
 */
record DocumentMention(
    String docType, String number, String date, String issuer, String term, String plenum,
    int start, int end) {
  DocumentMention {
    if (docType == null || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention " + docType + " [" + start + ", " + end + ")");
    }
  }

  /** How much the mention says, to pick the one a merged reference points to. */
  int richness() {
    int r = number == null ? 0 : number.contains("/") ? 3 : 2;
    r += date == null ? 0 : 1;
    r += issuer == null ? 0 : 1;
    r += plenum == null ? 0 : 2;
    return r + (term == null ? 0 : 1);
  }
}
