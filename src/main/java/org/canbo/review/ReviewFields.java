package org.canbo.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which fields a review may set for each item type, and what values they take (the SCHEMA.md
 * vocabulary); every problem is an {@link InvalidReviewException} naming {@code fields.<name>}.
 */
final class ReviewFields {
  private enum Kind { TEXT, NULLABLE_TEXT, NUMBER, NULLABLE_NUMBER, BOOLEAN, TITLES, PERIOD, DATE }

  private static final Set<String> CATEGORIES = Set.of("rotation", "transfer", "position_change",
      "appointment", "nomination", "training", "discipline", "planning", "evaluation",
      "nonlocal_leader", "qualification", "recruitment", "staffing", "party_membership", "other");
  private static final Set<String> KINDS = Set.of("count", "percent", "ratio");
  private static final Set<String> ROLES = Set.of("value", "delta", "target");
  private static final Set<String> DOC_TYPES = Set.of("Nghị quyết", "Quy định", "Quyết định",
      "Kế hoạch", "Chỉ thị", "Kết luận", "Chương trình hành động", "Hướng dẫn", "Quy chế");
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2}");

  private static final Map<ItemType, Map<String, Kind>> ALLOWED = Map.of(
      ItemType.FIGURE, Map.ofEntries(Map.entry("value", Kind.NUMBER),
          Map.entry("kind", Kind.TEXT), Map.entry("denominator", Kind.NULLABLE_NUMBER),
          Map.entry("unit", Kind.NULLABLE_TEXT), Map.entry("approx", Kind.BOOLEAN),
          Map.entry("category", Kind.TEXT), Map.entry("subcategory", Kind.NULLABLE_TEXT),
          Map.entry("role", Kind.TEXT), Map.entry("period", Kind.PERIOD),
          Map.entry("period_text", Kind.NULLABLE_TEXT), Map.entry("scope", Kind.NULLABLE_TEXT),
          Map.entry("part_of", Kind.NULLABLE_TEXT)),
      ItemType.OFFICIAL, Map.of("name", Kind.TEXT, "titles", Kind.TITLES,
          "org_locality", Kind.NULLABLE_TEXT, "province", Kind.NULLABLE_TEXT),
      ItemType.DOCUMENT_REF, Map.of("doc_type", Kind.TEXT, "number", Kind.NULLABLE_TEXT,
          "date", Kind.DATE, "issuer", Kind.NULLABLE_TEXT, "term", Kind.NULLABLE_TEXT,
          "plenum", Kind.NULLABLE_TEXT));

  /** What an added item must say at least. */
  private static final Map<ItemType, List<String>> REQUIRED_FOR_ADD = Map.of(
      ItemType.FIGURE, List.of("value", "kind", "category"),
      ItemType.OFFICIAL, List.of("name"),
      ItemType.DOCUMENT_REF, List.of("doc_type"));

  private ReviewFields() {}

  /** The field names a type accepts, for messages and the page. */
  static Set<String> names(ItemType type) {
    return ALLOWED.get(type).keySet();
  }

  static void check(ItemType type, ReviewAction action, ObjectNode fields) {
    boolean wantsFields = action == ReviewAction.CORRECT || action == ReviewAction.ADD;
    if (!wantsFields && !fields.isEmpty()) {
      throw new InvalidReviewException("fields", "must be empty for " + action
          + " (the reason goes in note)");
    }
    if (wantsFields && fields.isEmpty()) {
      throw new InvalidReviewException("fields", "must hold the " + (action == ReviewAction.ADD
          ? "new item" : "changed values") + " for " + action);
    }
    Map<String, Kind> allowed = ALLOWED.get(type);
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Kind kind = allowed.get(e.getKey());
      if (kind == null) {
        throw new InvalidReviewException("fields." + e.getKey(), "is not a field of a " + type
            + "; use " + String.join(", ", allowed.keySet().stream().sorted().toList()));
      }
      checkValue("fields." + e.getKey(), kind, e.getValue());
      checkVocabulary(e.getKey(), e.getValue());
    }
    if (action == ReviewAction.ADD) {
      for (String required : REQUIRED_FOR_ADD.get(type)) {
        if (!fields.hasNonNull(required)) {
          throw new InvalidReviewException("fields." + required, "is required to add a " + type);
        }
      }
    }
  }

  private static void checkValue(String name, Kind kind, JsonNode v) {
    boolean ok = switch (kind) {
      case TEXT -> v.isTextual() && !v.asText().isBlank();
      case NULLABLE_TEXT -> v.isNull() || v.isTextual();
      case NUMBER -> v.isNumber() && v.decimalValue().signum() >= 0;
      case NULLABLE_NUMBER -> v.isNull() || v.isNumber() && v.decimalValue().signum() > 0;
      case BOOLEAN -> v.isBoolean();
      case TITLES -> v.isArray() && allText(v);
      case DATE -> v.isNull() || v.isTextual() && ISO.matcher(v.asText()).matches();
      case PERIOD -> v.isNull() || period(v);
    };
    if (!ok) {
      throw new InvalidReviewException(name, "must be " + expected(kind) + ", not " + v);
    }
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode t : array) {
      if (!t.isTextual() || t.asText().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean period(JsonNode p) {
    if (!p.isObject() || p.size() == 0) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (!Set.of("start", "end").contains(e.getKey())
          || !(v.isNull() || v.isTextual() && ISO.matcher(v.asText()).matches())) {
        return false;
      }
    }
    return p.hasNonNull("start") || p.hasNonNull("end");
  }

  private static String expected(Kind kind) {
    return switch (kind) {
      case TEXT -> "a non-empty string";
      case NULLABLE_TEXT -> "a string or null";
      case NUMBER -> "a number, 0 or more";
      case NULLABLE_NUMBER -> "a positive number or null";
      case BOOLEAN -> "true or false";
      case TITLES -> "a list of non-empty strings";
      case DATE -> "an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD) or null";
      case PERIOD -> "{\"start\": ISO date, \"end\": ISO date} or null";
    };
  }

  private static void checkVocabulary(String name, JsonNode v) {
    Set<String> vocabulary = switch (name) {
      case "kind" -> KINDS;
      case "category" -> CATEGORIES;
      case "role" -> ROLES;
      case "doc_type" -> DOC_TYPES;
      default -> null;
    };
    if (vocabulary != null && !vocabulary.contains(v.asText())) {
      throw new InvalidReviewException("fields." + name, "must be one of "
          + String.join(", ", vocabulary.stream().sorted().toList()) + ", not '" + v.asText() + "'");
    }
  }
}
