package org.canbo.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Places a review in an article's current text. A review made on the same text (same content
 * hash), or whose item text is still at its offsets, stays; after a re-ingest changed the text,
 * the occurrence of the item's text nearest to the old offsets takes it (re-anchored); when the
 * text is gone the review is stale. Reviews without an anchor (imported by hand) keep their
 * offsets when they fit the text.
 */
public final class ReviewAnchor {
  private final String text;
  private final String sha256;

  /** Anchors against {@code text}, an article's clean text. */
  public ReviewAnchor(String text) {
    this.text = text;
    this.sha256 = sha256(text);
  }

  /** Hex SHA-256 of the text's UTF-8 bytes: the content hash reviews are anchored to. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  public String contentSha256() {
    return sha256;
  }

  /** The review with this text's anchor (item text and hash); its offsets must fit the text. */
  public Review anchor(Review r) {
    if (r.end() > text.length()) {
      throw new InvalidReviewException("end", r.end() + " is beyond the article's text length "
          + text.length());
    }
    String covered = text.substring(r.start(), r.end());
    if (r.text() != null && !r.text().equals(covered)) {
      throw new InvalidReviewException("text", "'" + r.text() + "' is not the article's text at ["
          + r.start() + ", " + r.end() + "): '" + covered + "'");
    }
    return r.anchored(covered, sha256);
  }

  /** The review placed in this text: as it was, moved, or empty when stale. */
  public Optional<Review> place(Review r) {
    if (r.text() == null) {
      return r.end() <= text.length() ? Optional.of(r) : Optional.empty();
    }
    if (sha256.equals(r.contentSha256())
        || r.end() <= text.length() && text.startsWith(r.text(), r.start())) {
      return Optional.of(r);
    }
    int best = -1;
    for (int at = text.indexOf(r.text()); at >= 0; at = text.indexOf(r.text(), at + 1)) {
      if (best < 0 || Math.abs(at - r.start()) < Math.abs(best - r.start())) {
        best = at;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(r.movedTo(best, best + r.text().length()));
  }
}
