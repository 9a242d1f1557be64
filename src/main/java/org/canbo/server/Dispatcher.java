package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the server: refuses what no endpoint accepts (methods other than GET/HEAD,
 * Host headers of other sites), adds the security headers to every response, routes to the API
 * or the static page, and turns errors into JSON {@code {"error": ...}}: refusals and bad input
 * with their message, anything else as a 500 logged here and never shown to the client.
 */
final class Dispatcher implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy",
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cache-Control", "no-store");

  private final Set<String> hostNames;
  private final ApiRoutes api;
  private final StaticFiles files;
  private final ObjectMapper json;

  Dispatcher(Set<String> hostNames, ApiRoutes api, StaticFiles files, ObjectMapper json) {
    this.hostNames = Set.copyOf(hostNames);
    this.api = api;
    this.files = files;
    this.json = json;
  }

  @Override
  public void handle(HttpExchange exchange) {
    Request request = new Request(exchange, json);
    try {
      Headers headers = exchange.getResponseHeaders();
      SECURITY_HEADERS.forEach(headers::set);
      route(exchange, request);
    } catch (HttpError e) {
      fail(request, e.status(), e.getMessage());
    } catch (IllegalArgumentException e) {
      // The library's bad-input exceptions carry a message meant for the user.
      fail(request, 400, e.getMessage());
    } catch (IOException e) {
      LOG.debug("{} {}: {}", exchange.getRequestMethod(), request.path(), e.toString());
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", exchange.getRequestMethod(), request.path(), e);
      fail(request, 500, "internal error; see the server log");
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, Request request) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      throw new HttpError(405, "method " + method + " is not allowed: use GET");
    }
    if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
      throw new HttpError(403, "this server only answers requests addressed to "
          + String.join(", ", hostNames));
    }
    if (request.path().startsWith("/api/")) {
      api.handle(request);
    } else {
      files.serve(request);
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

  private void fail(Request request, int status, String message) {
    if (request.responded()) {
      LOG.warn("{} cut short after the response began: {}", request.path(), message);
      return;
    }
    try {
      request.json(status, Map.of("error", message == null ? "error" : message));
    } catch (IOException e) {
      LOG.debug("{}: could not send the error: {}", request.path(), e.toString());
    }
  }
}
