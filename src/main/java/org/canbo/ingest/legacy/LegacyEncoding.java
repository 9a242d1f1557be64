package org.canbo.ingest.legacy;

import java.util.Locale;

/** The 8-bit Vietnamese font encodings we read: TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times"). */
public enum LegacyEncoding {
  TCVN3,
  VNI;

  /** The value of the {@code legacy_encoding} metadata field: "tcvn3" or "vni". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Unicode NFC for text in this encoding (one character per byte, as Latin-1 or Windows-1252). */
  public String decode(String text) {
    return this == TCVN3 ? Tcvn3Codec.decode(text) : VniCodec.decode(text);
  }

  /** NFC text written in this encoding, one Latin-1 character per byte: the inverse of decode. */
  public String encode(String text) {
    return this == TCVN3 ? Tcvn3Codec.encode(text) : VniCodec.encode(text);
  }

  /**
   * The encoding a font name belongs to, or null: TCVN3 fonts are named ".VnTime", ".VnArialH"
   * (the H fonts show capitals), VNI fonts "VNI-Times", "VNI-Helve". PDF subsets add "ABCDEF+".
   */
  public static LegacyEncoding ofFont(String fontName) {
    String name = fontName.substring(fontName.indexOf('+') + 1);
    if (name.startsWith(".Vn") || name.startsWith("Vn") && name.length() > 2
        && Character.isUpperCase(name.charAt(2))) {
      return TCVN3;
    }
    if (name.regionMatches(true, 0, "VNI-", 0, 4) || name.regionMatches(true, 0, "VNI_", 0, 4)) {
      return VNI;
    }
    return null;
  }
}
