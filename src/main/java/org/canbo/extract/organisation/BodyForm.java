package org.canbo.extract.organisation;

/**
 * One written form of a party or state body: the form, its name with abbreviations expanded, its
 * kind, and its role: {@code BODY} stands alone, {@code BOARD} usually precedes the body it belongs
 * to ("Ban Tổ chức Tỉnh ủy"), {@code PART} only counts followed by a body or a place ("Thường trực HĐND",
 * "Thanh tra tỉnh").
 */
record BodyForm(String form, String name, String kind, Role role) {
  /** How a form combines with the body after it. */
  enum Role {
    BODY,
    BOARD,
    PART
  }

  BodyForm {
    if (form == null || form.isBlank() || name == null || name.isBlank() || kind == null) {
      throw new IllegalArgumentException("incomplete body form: " + form + " / " + name);
    }
  }

  /** Abbreviations ("UBND", "T.Ư") are written in capitals and match only so. */
  boolean isAbbreviation() {
    return form.equals(form.toUpperCase(java.util.Locale.ROOT));
  }
}
