package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One request being answered: its path and parameters, and the ways to respond (JSON, bytes, a
 * stream). HEAD gets the same status and headers as GET without a body.
 */
final class Request {
  private final HttpExchange exchange;
  private final ObjectMapper json;
  private final String path;
  private final boolean head;
  private QueryParams params;

  Request(HttpExchange exchange, ObjectMapper json) {
    this.exchange = exchange;
    this.json = json;
    this.path = exchange.getRequestURI().getRawPath();
    this.head = "HEAD".equals(exchange.getRequestMethod());
  }

  /** The raw (percent-encoded) path. */
  String path() {
    return path;
  }

  /** The query parameters, decoded on first use (a malformed query string is a 400 then). */
  QueryParams params() {
    if (params == null) {
      params = QueryParams.parse(exchange.getRequestURI().getRawQuery());
    }
    return params;
  }

  /** True once a status line went out: an error after that can only cut the response short. */
  boolean responded() {
    return exchange.getResponseCode() != -1;
  }

  /** Sends {@code body} as JSON. */
  void json(int status, Object body) throws IOException {
    bytes(status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
  }

  /** Sends a complete body. */
  void bytes(int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (head) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Writes a body of unknown length (chunked) as a download named {@code filename}. The status line
   * goes out with the first byte, so a writer that fails before writing (a bad query) still gets
   * a proper error response.
   */
  void download(String contentType, String filename, BodyWriter writer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Content-Disposition",
        "attachment; filename=\"" + filename + "\"");
    if (head) {
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    // Not try-with-resources: closing would start a 200 even when the writer failed first.
    StartOnWrite out = new StartOnWrite(exchange);
    writer.write(out);
    out.close();
  }

  /** Sends 200 and chunked headers just before the first byte (or at close, for an empty body). */
  private static final class StartOnWrite extends java.io.FilterOutputStream {
    private final HttpExchange exchange;
    private boolean started;

    StartOnWrite(HttpExchange exchange) {
      super(null);
      this.exchange = exchange;
    }

    private OutputStream started() throws IOException {
      if (!started) {
        exchange.sendResponseHeaders(200, 0);
        out = exchange.getResponseBody();
        started = true;
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      started().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      started().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (started) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      started().close();
    }
  }

  /** Writes a streamed body; may fail with I/O errors of its own. */
  @FunctionalInterface
  interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }
}
