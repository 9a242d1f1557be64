package org.canbo.model;

/**
 * A mistake in what the user gave (a query, a filter, a flag, a date, a file's content), with a
 * message meant for them: the CLI prints it as one line and exits 1, the server answers 400 with
 * it. Anything else thrown is an internal error (a bug), reported with its stack trace and never
 * as the user's fault. Extends {@link IllegalArgumentException} so that callers catching bad
 * arguments still catch it.
 */
public class UserInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
