package org.canbo.review;

/** A review that no longer fits its article, with why; listed, never dropped. */
public record StaleReview(Review review, String reason) {}
