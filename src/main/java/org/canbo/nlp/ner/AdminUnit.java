package org.canbo.nlp.ner;

/**
 * One administrative unit of Vietnam: its statistics-office code, type word ("tỉnh", "thị xã"...),
 * name without type word, parent code (empty for provinces) and the era it belongs to.
 */
public record AdminUnit(String code, String type, String name, String parentCode, Era era) {

  /** Whether a unit exists before and/or after the 2025 reform (province merger, no districts). */
  public enum Era {
    /** Abolished or renamed by the 2025 reform. */
    OLD,
    /** A province or city whose name survived the 2025 reform. */
    BOTH,
    /** A unit created by the 2025 reform. */
    NEW
  }

  /** Tier in the three-level hierarchy, derived from the code and parent. */
  public enum Level {
    PROVINCE,
    DISTRICT,
    COMMUNE
  }

  public AdminUnit {
    if (code == null || code.isEmpty() || type == null || name == null || name.isEmpty()) {
      throw new IllegalArgumentException("incomplete unit: " + code + " " + type + " " + name);
    }
    parentCode = parentCode == null ? "" : parentCode;
    if (era == null) {
      throw new IllegalArgumentException("unit " + code + " has no era");
    }
  }

  /** The name as the gold conventions write it: type word first ("thị xã Quảng Yên"). */
  public String nameWithType() {
    return type + " " + name;
  }

  public Level level() {
    if (parentCode.isEmpty()) {
      return Level.PROVINCE;
    }
    // Statistics-office codes: 2 digits province, 3 district, 5 commune.
    return code.length() <= 3 ? Level.DISTRICT : Level.COMMUNE;
  }
}
