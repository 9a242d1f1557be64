package org.canbo.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.canbo.index.SearchBackend;
import org.canbo.review.InvalidReviewException;
import org.canbo.review.Review;
import org.canbo.review.ReviewCodec;
import org.canbo.review.ReviewStore;
import org.canbo.review.ReviewedDocument;
import org.canbo.review.StaleReview;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The review endpoints: {@code GET /api/session} (session cookie and CSRF token), {@code GET
 * /api/reviews?doc=ID} (an article's reviewed items and stale reviews) and {@code POST
 * /api/reviews} (one review as a JSON body, the contract's record). Writes must come from this
 * origin (Origin, else Sec-Fetch-Site), carry the session's token and a JSON body of at most
 * {@link #MAX_BODY} bytes; an invalid review is a 400 naming the field.
 */
final class ReviewRoutes {
  static final int MAX_BODY = 16 * 1024;

  private final SearchBackend searcher;
  private final ReviewStore store;
  private final String defaultReviewer;
  private final ObjectMapper json;
  private final CsrfTokens tokens = new CsrfTokens();

  ReviewRoutes(SearchBackend searcher, ReviewStore store, String defaultReviewer,
      ObjectMapper json) {
    this.searcher = searcher;
    this.store = store;
    this.defaultReviewer = defaultReviewer;
    this.json = json;
  }

  boolean handles(String path) {
    return path.equals("/api/session") || path.equals("/api/reviews");
  }

  void handle(Exchange r) throws IOException {
    if (r.path().equals("/api/session")) {
      String session = r.cookie(CsrfTokens.COOKIE);
      if (session == null || session.length() > 64) {
        session = tokens.newSession();
        r.setHeader("Set-Cookie", CsrfTokens.cookie(session));
      }
      r.setHeader("Cache-Control", "no-store");
      r.json(200, Map.of("csrf", tokens.token(session), "reviewer", defaultReviewer));
    } else if (r.method().equals("POST")) {
      post(r);
    } else {
      list(r);
    }
  }

  private void post(Exchange r) throws IOException {
    // The body (at most MAX_BODY) is read before any refusal: a refused request whose body was
    // left unread gets its connection closed, and a client reusing that connection sees a reset.
    String raw = r.body(MAX_BODY);
    checkOrigin(r);
    if (!tokens.valid(r.cookie(CsrfTokens.COOKIE), r.header(CsrfTokens.HEADER))) {
      throw new HttpError(403, "missing or wrong " + CsrfTokens.HEADER
          + ": get one with GET /api/session");
    }
    String type = r.header(HttpHeader.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpError(415, "send the review as application/json");
    }
    JsonNode body;
    try {
      body = json.readTree(raw);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw invalid(new InvalidReviewException("json", "not JSON: " + e.getOriginalMessage()));
    }
    if (body == null || !body.isObject()) {
      throw invalid(new InvalidReviewException("json", "the body must be one review object"));
    }
    Review stored;
    try {
      stored = store.record(ReviewCodec.fromJson((ObjectNode) body), searcher::find,
          defaultReviewer);
    } catch (InvalidReviewException e) {
      throw invalid(e);
    }
    r.json(200, Map.of("review", ReviewCodec.toJson(stored), "status",
        stored.action().status().label()));
  }

  private static HttpError invalid(InvalidReviewException e) {
    return new HttpError(400, e.getMessage(), Map.of("field", e.field()));
  }

  /** Same origin only: a cross-site form or script carries its own Origin (or Sec-Fetch-Site). */
  private static void checkOrigin(Exchange r) {
    String origin = r.header(HttpHeader.ORIGIN);
    String host = r.header(HttpHeader.HOST);
    if (origin != null) {
      URI o;
      try {
        o = URI.create(origin);
      } catch (IllegalArgumentException e) {
        throw new HttpError(403, "cross-origin write refused");
      }
      String authority = o.getRawAuthority();
      if (!"http".equals(o.getScheme()) && !"https".equals(o.getScheme()) || authority == null
          || host == null || !authority.equalsIgnoreCase(host.strip())) {
        throw new HttpError(403, "cross-origin write refused: Origin " + QueryParams.abbreviate(origin)
            + " is not this server");
      }
    } else {
      String site = r.header("Sec-Fetch-Site");
      if (site != null && !site.equals("same-origin") && !site.equals("none")) {
        throw new HttpError(403, "cross-origin write refused (Sec-Fetch-Site: "
            + QueryParams.abbreviate(site) + ")");
      }
    }
  }

  /** An article's review state: every reviewed item's mark and the stale reviews. */
  private void list(Exchange r) throws IOException {
    String id = r.params().get("doc");
    if (id == null || id.isBlank()) {
      throw HttpError.badRequest("give the article id: /api/reviews?doc=ID");
    }
    var doc = searcher.find(id);
    if (doc.isEmpty()) {
      throw HttpError.notFound("no article with id " + QueryParams.abbreviate(id));
    }
    ReviewedDocument reviewed = store.reviews().apply(doc.get(), true);
    ObjectNode out = json.createObjectNode().put("doc", id);
    ArrayNode items = out.putArray("items");
    reviewed.marks().forEach((key, mark) -> items.addObject().put("type", key.type().label())
        .put("start", key.start()).put("end", key.end()).put("status", mark.status().label())
        .put("reviewer", mark.reviewer()).put("time", mark.time()).put("note", mark.note()));
    ArrayNode stale = out.putArray("stale");
    for (StaleReview s : reviewed.stale()) {
      stale.addObject().put("field", s.field()).put("reason", s.reason())
          .set("review", ReviewCodec.toJson(s.review()));
    }
    r.json(200, out);
  }
}
