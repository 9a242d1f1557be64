package org.canbo.review;

import java.util.Locale;

/** The kinds of extracted item a review is about, with their names in JSON and datasets. */
public enum ItemType {
  FIGURE("figure"),
  OFFICIAL("official"),
  DOCUMENT_REF("document_ref");

  private final String label;

  ItemType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses the JSON name; an {@link InvalidReviewException} naming "type" otherwise. */
  public static ItemType parse(String name) {
    for (ItemType t : values()) {
      if (t.label.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new InvalidReviewException("type", "must be figure, official or document_ref, not '"
        + name + "'");
  }

  @Override
  public String toString() {
    return label;
  }
}
