package org.canbo.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.canbo.dataset.SafeJson;

/**
 * A review as one JSON line and back, in the contract's field names: {@code doc, type, start, end,
 * action, fields, reviewer, note}, plus {@code time, text, content_sha256} that the journal adds.
 * Reading validates everything; problems are {@link InvalidReviewException}s naming the field.
 */
public final class ReviewCodec {
  private static final ObjectMapper JSON = SafeJson.lines();
  private static final Set<String> KNOWN = Set.of("doc", "type", "start", "end", "action",
      "fields", "reviewer", "note", "time", "text", "content_sha256");

  private ReviewCodec() {}

  /** Parses one JSON line. */
  public static Review parse(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidReviewException("json", "not a JSON object: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new InvalidReviewException("json", "a review is one JSON object per line");
    }
    return fromJson((ObjectNode) n);
  }

  /** Reads a review from its JSON object (an HTTP body or a journal line). */
  public static Review fromJson(ObjectNode n) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!KNOWN.contains(name)) {
        throw new InvalidReviewException(name, "is not a review field; use doc, type, start, "
            + "end, action, fields, reviewer, note");
      }
    }
    JsonNode fields = n.get("fields");
    if (fields != null && !fields.isNull() && !fields.isObject()) {
      throw new InvalidReviewException("fields", "must be a JSON object");
    }
    return new Review(text(n, "doc", true), ItemType.parse(text(n, "type", true)),
        offset(n, "start"), offset(n, "end"), ReviewAction.parse(text(n, "action", true)),
        fields == null || fields.isNull() ? null : (ObjectNode) fields, text(n, "reviewer", false),
        text(n, "note", false), text(n, "time", false), text(n, "text", false),
        text(n, "content_sha256", false));
  }

  /** The review as a JSON object, fields in contract order, nulls left out. */
  public static ObjectNode toJson(Review r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", r.doc());
    o.put("type", r.type().label());
    o.put("start", r.start());
    o.put("end", r.end());
    o.put("action", r.action().label());
    o.set("fields", r.fields());
    putIfSet(o, "reviewer", r.reviewer());
    putIfSet(o, "note", r.note());
    putIfSet(o, "time", r.time());
    putIfSet(o, "text", r.text());
    putIfSet(o, "content_sha256", r.contentSha256());
    return o;
  }

  /** The review as one line of JSON, without a line break. */
  public static String line(Review r) {
    try {
      return JSON.writeValueAsString(toJson(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write review of " + r.doc(), e);
    }
  }

  private static void putIfSet(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static String text(JsonNode n, String name, boolean required) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidReviewException(name, "is missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidReviewException(name, "must be a string, not " + v);
    }
    return v.asText();
  }

  private static int offset(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new InvalidReviewException(name, "is missing");
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new InvalidReviewException(name, "must be a whole number, not " + v);
    }
    return v.intValue();
  }
}
