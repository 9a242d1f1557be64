package org.canbo.model;

/** Why a file could not be ingested; printed as {@code path: reason} and counted. */
public enum FailureReason {
  EMPTY("empty file"),
  ENCRYPTED("encrypted or password-protected"),
  UNSUPPORTED("unsupported file type"),
  TOO_LARGE("file larger than the size limit"),
  TIMEOUT("parse took longer than the deadline"),
  OUT_OF_MEMORY("parser ran out of memory"),
  CORRUPT("corrupt or unreadable"),
  NO_TEXT("no text could be extracted"),
  /** A scan (PDF without a text layer, or an image) and no Tesseract with its Vietnamese model. */
  NEEDS_OCR("scanned PDF: install tesseract-ocr and tesseract-ocr-vie to read it"),
  /** Looks like TCVN3/VNI but does not convert into Vietnamese: not indexed as garbage. */
  LEGACY_ENCODING("legacy Vietnamese font encoding that could not be converted"),
  INTERNAL("internal error");

  private final String description;

  FailureReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
