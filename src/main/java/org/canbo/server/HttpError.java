package org.canbo.server;

/** A request the server refuses, with the status and a message the page can show as is. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final java.util.Map<String, String> details;

  HttpError(int status, String message) {
    this(status, message, java.util.Map.of());
  }

  /** With more fields for the JSON answer (e.g. {@code "field"} of an invalid review). */
  HttpError(int status, String message, java.util.Map<String, String> details) {
    super(message, null, false, false); // an answer to the client, not a failure: no stack trace
    this.status = status;
    this.details = java.util.Map.copyOf(details);
  }

  java.util.Map<String, String> details() {
    return details;
  }

  int status() {
    return status;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  static HttpError notFound(String message) {
    return new HttpError(404, message);
  }
}
