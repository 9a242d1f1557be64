package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.canbo.index.IndexUnavailableException;
import org.canbo.model.UserInputException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the server: refuses what no endpoint accepts (methods other than GET/HEAD,
 * except POST to the review endpoint; Host headers of other sites), adds the security headers to every response, routes to the API
 * or the static page, and turns errors into JSON {@code {"error": ...}}: refusals and bad input
 * ({@link UserInputException}) with their message, a missing index as 503, anything else as a 500 logged here and never shown
 * to the client. Runs blocking on a worker thread.
 */
final class Dispatcher extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** Answers one request, or throws what {@link #handle} turns into an error answer. */
  @FunctionalInterface
  interface Route {
    void handle(Exchange exchange) throws IOException;
  }

  private final Set<String> hostNames;
  private final Route api;
  private final Predicate<String> acceptsPost;
  private final Route files;
  private final ObjectMapper json;

  Dispatcher(Set<String> hostNames, ApiRoutes api, StaticFiles files, ObjectMapper json) {
    this(hostNames, api::handle, api::acceptsPost, files::serve, json);
  }

  /** With any routes: the API's ({@code acceptsPost} naming its write paths) and the files'. */
  Dispatcher(Set<String> hostNames, Route api, Predicate<String> acceptsPost, Route files,
      ObjectMapper json) {
    super(InvocationType.BLOCKING);
    this.hostNames = Set.copyOf(hostNames);
    this.api = api;
    this.acceptsPost = acceptsPost;
    this.files = files;
    this.json = json;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange exchange = new Exchange(request, response, json);
    boolean answered;
    try {
      SecurityHeaders.addTo(response.getHeaders());
      route(exchange);
      answered = true;
    } catch (HttpError e) {
      answered = fail(exchange, e.status(), e.getMessage(), e.details());
    } catch (UserInputException e) {
      // A mistake in the request (query, filter, date...): its message is meant for the user.
      // Any other exception, IllegalArgumentException included, is a bug: 500 below.
      answered = fail(exchange, 400, e.getMessage());
    } catch (IndexUnavailableException e) {
      exchange.setHeader("Retry-After", "5");
      answered = fail(exchange, 503, e.getMessage());
    } catch (IOException e) {
      LOG.debug("{} {}: {}", exchange.method(), exchange.path(), e.toString());
      answered = false; // the client went away or the stream broke: nothing left to say
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", exchange.method(), exchange.path(), e);
      answered = fail(exchange, 500, "internal error; see the server log");
    }
    if (answered) {
      callback.succeeded();
    } else {
      // Aborts the connection, so a response cut short never looks complete to the client.
      callback.failed(new IOException("response not completed"));
    }
    return true;
  }

  private void route(Exchange exchange) throws IOException {
    String method = exchange.method();
    boolean write = method.equals("POST") && acceptsPost.test(exchange.path());
    if (!method.equals("GET") && !method.equals("HEAD") && !write) {
      exchange.setHeader("Allow", acceptsPost.test(exchange.path()) ? "GET, HEAD, POST" : "GET, HEAD");
      throw new HttpError(405, "method " + method + " is not allowed: use GET");
    }
    if (!hostAllowed(exchange.header(HttpHeader.HOST))) {
      throw new HttpError(403, "this server only answers requests addressed to "
          + String.join(", ", hostNames));
    }
    if (exchange.path().startsWith("/api/")) {
      api.handle(exchange);
    } else {
      files.handle(exchange);
    }
  }

  /** Host without port must be one of ours: a rebound DNS name carries the attacker's name. */
  boolean hostAllowed(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      String port = h.substring(colon + 1);
      if (!port.chars().allMatch(Character::isDigit)) {
        return false;
      }
      h = h.substring(0, colon);
    }
    return hostNames.contains(h);
  }

  /** Sends the error as JSON; false when that is no longer possible. */
  private boolean fail(Exchange exchange, int status, String message) {
    return fail(exchange, status, message, Map.of());
  }

  private boolean fail(Exchange exchange, int status, String message, Map<String, String> details) {
    if (exchange.responded()) {
      LOG.warn("{} cut short after the response began: {}", exchange.path(), message);
      return false;
    }
    try {
      exchange.removeHeader("Content-Disposition"); // an export that failed before its first row
      Map<String, String> body = new java.util.LinkedHashMap<>(details);
      body.put("error", message == null ? "error" : message);
      exchange.json(status, body);
      return true;
    } catch (IOException e) {
      LOG.debug("{}: could not send the error: {}", exchange.path(), e.toString());
      return false;
    }
  }
}
