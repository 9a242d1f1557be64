package org.canbo.review;

/**
 * A review that no longer fits its article, with the field at fault ("text" when the item's text
 * is gone, "start" when no item is at its offsets, "fields.x" for a value that no longer fits)
 * and why; listed, never dropped.
 */
public record StaleReview(Review review, String field, String reason) {}
