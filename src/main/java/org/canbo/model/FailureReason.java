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
  INTERNAL("internal error");

  private final String description;

  FailureReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
