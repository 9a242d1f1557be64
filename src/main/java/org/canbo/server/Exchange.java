package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One request being answered: its raw path and decoded parameters, and the ways to respond (JSON,
 * bytes, a stream), written blocking on the handling thread. HEAD gets the same status and
 * headers as GET without a body.
 */
final class Exchange {
  private static final int STREAM_BUFFER = 16 * 1024;

  private final Request request;
  private final Response response;
  private final ObjectMapper json;
  private final String path;
  private final boolean head;
  private QueryParams params;

  Exchange(Request request, Response response, ObjectMapper json) {
    this.request = request;
    this.response = response;
    this.json = json;
    String raw = request.getHttpURI().getPath();
    this.path = raw == null ? "/" : raw;
    this.head = HttpMethod.HEAD.is(request.getMethod());
  }

  /** The raw (percent-encoded) path. */
  String path() {
    return path;
  }

  String method() {
    return request.getMethod();
  }

  /** The first value of a request header, or null. */
  String header(HttpHeader name) {
    return request.getHeaders().get(name);
  }

  /** The value of a request cookie, or null. */
  String cookie(String name) {
    for (org.eclipse.jetty.http.HttpCookie c : Request.getCookies(request)) {
      if (c.getName().equals(name)) {
        return c.getValue();
      }
    }
    return null;
  }

  /** The request body as UTF-8 text; a 413 when it is longer than {@code max} bytes. */
  String body(int max) throws IOException {
    long announced = request.getLength();
    if (announced > max) {
      throw new HttpError(413, "request body over " + max + " bytes");
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.InputStream in = Content.Source.asInputStream(request)) {
      byte[] buf = new byte[4096];
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        if (out.size() > max) {
          throw new HttpError(413, "request body over " + max + " bytes");
        }
      }
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The first value of a request header by name, or null. */
  String header(String name) {
    return request.getHeaders().get(name);
  }

  /** Sets a response header (before the response is committed). */
  void setHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  void removeHeader(String name) {
    response.getHeaders().remove(name);
  }

  /** The query parameters, decoded on first use (a malformed query string is a 400 then). */
  QueryParams params() {
    if (params == null) {
      params = QueryParams.parse(request.getHttpURI().getQuery());
    }
    return params;
  }

  /** True once the status line went out: an error after that can only cut the response short. */
  boolean responded() {
    return response.isCommitted();
  }

  /** Sends {@code body} as JSON. */
  void json(int status, Object body) throws IOException {
    bytes(status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
  }

  /** Sends a complete body. */
  void bytes(int status, String contentType, byte[] body) throws IOException {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    try (OutputStream out = Content.Sink.asOutputStream(response)) {
      if (!head) {
        out.write(body);
      }
    }
  }

  /**
   * Writes a body of unknown length (chunked) as a download named {@code filename}. Nothing goes
   * out before the writer's first bytes, so a writer that fails before writing (a bad query)
   * still gets a proper error response.
   */
  void download(String contentType, String filename, BodyWriter writer) throws IOException {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
        "attachment; filename=\"" + filename + "\"");
    if (head) {
      Content.Sink.asOutputStream(response).close();
      return;
    }
    // Not try-with-resources: closing would complete a 200 even when the writer failed first.
    OutputStream out = new BufferedOutputStream(Content.Sink.asOutputStream(response), STREAM_BUFFER);
    writer.write(out);
    out.close();
  }

  /** Writes a streamed body; may fail with I/O errors of its own. */
  @FunctionalInterface
  interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }
}
