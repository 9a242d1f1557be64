package org.canbo.extract.document;

/**
 * What made a document word a citation of one document, with the probability that this evidence
 * alone is right; a reference's confidence combines the evidence of all its mentions
 * ({@link DocumentConfidence}). The weights are priors set by how unambiguous each form is, not
 * fitted to the development set.
 */
enum Evidence {
  /** "04-NQ/TU", "402/QĐ-TTg": a symbol names its kind and issuer; nothing else looks like it. */
  SYMBOL(0.95),
  /** "số 67": "số" makes the number a document number. */
  MARKED_NUMBER(0.85),
  /** "Nghị quyết 67": a bare number may still be a count or a year the parser did not rule out. */
  BARE_NUMBER(0.6),
  /** "Trung ương 4", "Hội nghị lần thứ tư Ban Chấp hành Trung ương": a plenum has one resolution. */
  PLENUM(0.85),
  /**
   * "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI", "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành
   * Đảng bộ tỉnh": a numbered congress or meeting has one resolution.
   */
  MEETING(0.8),
  /** "của Ban Bí thư", "nghị quyết Tỉnh ủy": a named body, but a body issues many documents. */
  ISSUER(0.6),
  /** "Huyện ủy đã ban hành quy định ...": the subject issued it. */
  ISSUED_BY(0.5),
  /** "Quy định tiêu chuẩn ... thuộc diện Ban Thường vụ Tỉnh ủy quản lý": a title naming a body. */
  TITLE_ISSUER(0.45),
  /** "Theo quyết định, Thủ tướng phê chuẩn ...": the sentence reports one document. */
  ANNOUNCED(0.4),
  /** "Quy định về phân cấp quản lý cán bộ": capitalised mid-sentence with its subject, a title. */
  TOPIC(0.4),
  /** "thông qua Nghị quyết ...": a capitalised document adopted or issued in the event reported. */
  ADOPTED(0.4),
  /** "Nghị quyết hội nghị" after "Hội nghị Trung ương 6": the plenum named just before. */
  CONFERENCE(0.5),
  /** "ngày 11/9/2013": only a single document has a date of issue. */
  DATED(0.5),
  /** "khóa XII" written with a capitalised document word. */
  TERM(0.3),
  /** Capitalised in mid-sentence: Vietnamese news capitalises the kind of a named document. */
  CAPITALISED(0.2),
  /** Cited again elsewhere in the text (one more mention merged). */
  REPEATED(0.3);

  private final double weight;

  Evidence(double weight) {
    this.weight = weight;
  }

  /** The probability that this evidence alone marks a real citation. */
  double weight() {
    return weight;
  }
}
