package org.canbo.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A party or state body named in the text ("Huyện ủy Cao Lộc", "UBND tỉnh", "Ban Tổ chức Tỉnh ủy"),
 * with its name with abbreviations expanded ("Ủy ban nhân dân tỉnh") for search, its kind
 * (party_committee, party_board, state, front, ...) and the place it belongs to when stated.
 */
@JsonPropertyOrder({"text", "name", "kind", "locality", "doc", "start", "end"})
public record OrganisationMention(
    String text, String name, String kind, String locality, String doc, int start, int end) {
  public OrganisationMention {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an organisation needs a name");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for " + text);
    }
  }
}
