package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What follows a document word, as parsed: numbers as printed (several in "Quy định số 07-QĐ/TU và
 * 05-QĐ/TU"), ISO date, issuer, terms ("khóa XI, XII"), plenum, where the parse ended, and whether
 * "của Đảng" named the whole party (a generic mention).
 */
final class Tail {
  final List<String> numbers = new ArrayList<>();
  String date;
  Issuer issuer;
  final List<String> terms = new ArrayList<>();
  String plenum;
  int end;
  boolean partyAsIssuer;
  /** The number was introduced by "số" or carries a symbol: certainly a document number. */
  boolean markedNumber;

  Tail(int end) {
    this.end = end;
  }

  boolean hasNumber() {
    return !numbers.isEmpty();
  }
}
