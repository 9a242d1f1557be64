package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What follows a document word, as parsed: numbers as printed (several in "Quy định số 07-QĐ/TU và
 * 05-QĐ/TU"), ISO date, issuer, terms ("khóa XI, XII"), plenum, where the parse ended, and whether
 * "của Đảng" named the whole party (a generic mention) or "hội nghị" a conference named before.
 */
final class Tail {
  final List<String> numbers = new ArrayList<>();
  String date;
  Issuer issuer;
  final List<String> terms = new ArrayList<>();
  String plenum;
  int end;
  boolean partyAsIssuer;
  /** How the first number was written: a symbol, after "số", or bare (null when none). */
  Evidence numberForm;
  /** "Nghị quyết hội nghị": the conference named earlier in the sentence. */
  boolean conference;

  Tail(int end) {
    this.end = end;
  }

  boolean hasNumber() {
    return !numbers.isEmpty();
  }
}
