package org.canbo.server;

import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, answers and errors alike, including those Jetty writes
 * itself for requests it cannot parse: no framing, no sniffing, no referrer, no caching, and a
 * policy that only runs the page's own files.
 */
final class SecurityHeaders {
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy",
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cache-Control", "no-store");

  private SecurityHeaders() {}

  static void addTo(HttpFields.Mutable headers) {
    HEADERS.forEach(headers::put);
  }
}
