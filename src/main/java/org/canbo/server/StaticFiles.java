package org.canbo.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's files, read once from a fixed classpath allowlist: a request path is only ever a key
 * in this map, never part of a file or resource name.
 */
final class StaticFiles {
  private static final String BASE = "web/";
  /** The page's script modules: app.js imports the others. */
  static final List<String> SCRIPTS = List.of(
      "app.js", "dom.js", "state.js", "results.js", "trend.js", "tables.js", "article.js",
      "review.js", "queue.js");

  private record File(String contentType, byte[] body) {}

  private final Map<String, File> files = new HashMap<>();

  StaticFiles() {
    File index = load("index.html", "text/html; charset=utf-8");
    files.put("/", index);
    files.put("/index.html", index);
    for (String script : SCRIPTS) {
      files.put("/" + script, load(script, "text/javascript; charset=utf-8"));
    }
    files.put("/app.css", load("app.css", "text/css; charset=utf-8"));
    files.put("/favicon.svg", load("favicon.svg", "image/svg+xml"));
  }

  private static File load(String name, String contentType) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing web resource " + BASE + name);
      }
      return new File(contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(Exchange request) throws IOException {
    File f = files.get(request.path());
    if (f == null) {
      throw HttpError.notFound("no page at " + QueryParams.abbreviate(request.path()));
    }
    request.bytes(200, f.contentType(), f.body());
  }
}
