package org.canbo.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.canbo.dataset.SafeJson;
import org.canbo.model.Confidence;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;

/**
 * Builds the reviewed version of an item: an extracted item with a review's fields laid over it
 * (correct, confirm), or a new one from the fields and the article text (add). Reviewed items are
 * certain (confidence 1). Values the model records refuse become an {@link InvalidReviewException}.
 */
final class ItemMerger {
  private static final ObjectMapper JSON = SafeJson.plain();

  private ItemMerger() {}

  static Class<? extends Record> recordType(ItemType type) {
    return switch (type) {
      case FIGURE -> Figure.class;
      case OFFICIAL -> Official.class;
      case DOCUMENT_REF -> DocumentRef.class;
    };
  }

  /** The item with the review's fields (none for confirm) and confidence 1. */
  static <T extends Record> T merge(T item, Review r) {
    ObjectNode o = JSON.valueToTree(item);
    ObjectNode fields = r.fields();
    if (r.type() == ItemType.FIGURE && fields.has("kind") && !fields.has("denominator")
        && !"ratio".equals(fields.get("kind").asText())) {
      o.putNull("denominator"); // a ratio made a count or percent loses its denominator
    }
    o.setAll(fields);
    return build(r.type(), o);
  }

  /** A new item from an {@code add} review: its fields, the covered text and the offsets. */
  static Record create(Review r, String doc, String covered) {
    ObjectNode o = r.fields();
    if (r.type() != ItemType.OFFICIAL) {
      o.put("text", covered);
    }
    if (r.type() == ItemType.FIGURE && !o.hasNonNull("role")) {
      o.put("role", "value");
    }
    o.put("doc", doc).put("sentence", -1).put("start", r.start()).put("end", r.end());
    return build(r.type(), o);
  }

  private static <T extends Record> T build(ItemType type, ObjectNode o) {
    o.put("confidence", Confidence.CERTAIN);
    if (type == ItemType.FIGURE) {
      checkDenominator(o);
    }
    try {
      @SuppressWarnings("unchecked")
      T out = (T) JSON.treeToValue(o, recordType(type));
      return out;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException c ? c : e;
      throw new InvalidReviewException("fields", "not a valid " + type + ": "
          + (cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage()));
    }
  }

  private static void checkDenominator(ObjectNode o) {
    boolean ratio = "ratio".equals(o.path("kind").asText());
    JsonNode d = o.get("denominator");
    boolean has = d != null && !d.isNull();
    if (ratio && !has) {
      throw new InvalidReviewException("fields.denominator", "is required when kind is ratio");
    }
    if (!ratio && has) {
      throw new InvalidReviewException("fields.denominator", "must be null unless kind is ratio");
    }
  }
}
