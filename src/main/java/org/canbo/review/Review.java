package org.canbo.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One reviewer action on one item of one article: the item is named by its type and its UTF-16
 * offsets in the clean text, exactly as the datasets give them. {@code fields} holds what changes
 * ({@code correct}), the whole item ({@code add}) or nothing ({@code confirm}, {@code reject}),
 * under the dataset field names. {@code text} and {@code contentSha256} anchor the review: the
 * item's text and the hash of the article text it was made on (null until anchored).
 * {@code time} is an ISO-8601 instant. Immutable: {@code fields} is copied in and out.
 */
public record Review(
    String doc,
    ItemType type,
    int start,
    int end,
    ReviewAction action,
    ObjectNode fields,
    String reviewer,
    String note,
    String time,
    String text,
    String contentSha256) {

  public Review {
    if (doc == null || doc.isBlank()) {
      throw new InvalidReviewException("doc", "is missing");
    }
    if (type == null) {
      throw new InvalidReviewException("type", "is missing");
    }
    if (action == null) {
      throw new InvalidReviewException("action", "is missing");
    }
    if (start < 0) {
      throw new InvalidReviewException("start", "must be 0 or more, not " + start);
    }
    if (end <= start) {
      throw new InvalidReviewException("end", "must be after start " + start + ", not " + end);
    }
    fields = fields == null ? JsonNodeFactory.instance.objectNode() : fields.deepCopy();
    ReviewFields.check(type, action, fields);
    if (text != null && text.length() != end - start) {
      throw new InvalidReviewException("text", "has " + text.length()
          + " characters but the offsets span " + (end - start));
    }
  }

  /** A copy of the fields. */
  @Override
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  /** The item this review is about, within its article. */
  public ItemKey key() {
    return new ItemKey(type, start, end);
  }

  /** A copy anchored to the article text it was made on. */
  public Review anchored(String itemText, String sha256) {
    return new Review(doc, type, start, end, action, fields, reviewer, note, time, itemText, sha256);
  }

  /** A copy moved to new offsets (re-anchored in a changed text). */
  public Review movedTo(int newStart, int newEnd) {
    return new Review(doc, type, newStart, newEnd, action, fields, reviewer, note, time, text,
        contentSha256);
  }

  /** An item of an article: its type and offsets. */
  public record ItemKey(ItemType type, int start, int end) {}
}
