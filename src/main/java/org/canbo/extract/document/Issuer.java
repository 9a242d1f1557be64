package org.canbo.extract.document;

/**
 * An issuing body found after a document word: its span in the text, the term attached to it
 * ("Tỉnh ủy khóa XIII", may be null), and whether it is too general to single out a document after
 * a lower-case document word ("hướng dẫn của Trung ương").
 */
record Issuer(int start, int end, String term, boolean generic) {
  Issuer {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad issuer span [" + start + ", " + end + ")");
    }
  }
}
