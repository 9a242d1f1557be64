package org.canbo.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An administrative unit named in the text ("huyện Thanh Trì", "TX Quảng Yên"), resolved in the
 * gazetteer: its type word, canonical name, gazetteer code and the province it belongs to (so
 * articles can be faceted by province when they only name a district).
 */
@JsonPropertyOrder({"text", "type", "name", "province", "code", "doc", "start", "end"})
public record PlaceMention(
    String text, String type, String name, String province, String code, String doc, int start,
    int end) {
  public PlaceMention {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for " + text);
    }
  }
}
