package org.canbo.review;

import org.canbo.model.UserInputException;

/** A review that cannot be accepted, naming the offending field ("fields.value", "start", ...). */
public final class InvalidReviewException extends UserInputException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidReviewException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The field at fault, as named in the JSON record. */
  public String field() {
    return field;
  }
}
