package org.canbo.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself — requests it cannot parse ({@code %zz} in the path, headers too
 * large, no Host), admission refusals (503), failures before our handler ran — in the same form
 * as every other error: {@code {"error": "..."}} with the security headers, never an HTML page or
 * a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Jetty's reasons worth passing on ("Bad URI", "No Host"); class names and traces are not. */
  private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,:'()/_-]{1,120}");

  private final ObjectMapper json;
  private final int maxHeaderBytes;

  JsonErrorHandler(ObjectMapper json, int maxHeaderBytes) {
    this.json = json;
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : null;
    Throwable failure = request.getAttribute(ERROR_EXCEPTION) instanceof Throwable t ? t : null;
    if (failure instanceof HttpException e) {
      status = e.getCode();
      reason = e.getReason();
    }
    status = status < 400 ? 500 : status;
    String message = message(status, reason);
    if (status == 400 && causedBy(failure, IllegalArgumentException.class, "Bad URI")) {
      // Jetty's URI parser says only this of a path climbing above "/" ("/../x", "/%2e%2e/x"):
      // like any other unknown path, it names nothing here.
      status = 404;
      message = "no page at that path: it climbs above /";
    } else if (status == 400 && causedBy(failure, NumberFormatException.class, "!hex")) {
      message = "malformed percent-encoding in the request's path";
    }
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.addTo(headers);
    headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    if (status == 503 && !headers.contains(HttpHeader.RETRY_AFTER)) {
      headers.put(HttpHeader.RETRY_AFTER, "1");
    }
    ByteBuffer body = ByteBuffer.wrap(body(message));
    headers.put(HttpHeader.CONTENT_LENGTH, body.remaining());
    // HEAD answers carry the headers of the error, never a body.
    response.write(true, "HEAD".equals(request.getMethod()) ? null : body, callback);
    return true;
  }

  /** For requests too broken to become a request object (bad request line, huge headers). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.addTo(fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(body(message(status, reason)));
  }

  private byte[] body(String message) {
    try {
      return json.writeValueAsBytes(Map.of("error", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a one-string map always serialises", e);
    }
  }

  /** What the client is told: ours for statuses we cause, else Jetty's plain reason. */
  String message(int status, String reason) {
    String plain = reason != null && PLAIN_REASON.matcher(reason).matches()
        && !reason.contains("Exception") && !reason.equals(HttpStatus.getMessage(status))
        ? reason : null;
    return switch (status) {
      case 400 -> "malformed request" + (plain == null ? "" : " (" + plain + ")");
      case 408 -> "the request took too long to arrive";
      case 413 -> "this server takes no request bodies";
      case 414, 431 -> "the request's address and headers are longer than " + maxHeaderBytes
          + " bytes";
      case 500 -> "internal error; see the server log";
      // Our admission control words its own refusals; Jetty's generic one is replaced.
      case 503 -> reason != null && !reason.contains("Exception")
          && !reason.equals(HttpStatus.getMessage(status)) ? reason
          : "the server is busy; try again in a moment";
      default -> plain != null ? plain : HttpStatus.getMessage(status);
    };
  }

  /** True when {@code failure} or a cause is of {@code type}, its message starting so. */
  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type,
      String messageStart) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t) && t.getMessage() != null && t.getMessage().startsWith(messageStart)) {
        return true;
      }
    }
    return false;
  }
}
