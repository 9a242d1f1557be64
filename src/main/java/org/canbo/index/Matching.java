package org.canbo.index;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a query was matched, for the record a researcher cites: the units (segmented {@code word}s,
 * single {@code syllable}s, quoted {@code phrase}s of syllables, {@code prefix} or {@code typo}
 * words) and the diacritics: {@code exact} (every word typed with them), {@code folded} (none, or
 * the fold switch) or {@code mixed}. Written as e.g. "word, exact" or "word+syllable, mixed".
 */
record Matching(Set<Unit> units, boolean exact, boolean folded) {
  /** What a query position is matched as. */
  enum Unit { WORD, SYLLABLE, PHRASE, PREFIX, TYPO }

  /** A request without a query: every article. */
  static final Matching ALL = new Matching(Set.of(), false, false);

  Matching {
    units = units.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(units));
  }

  /** "word, exact", "syllable+phrase, folded", "word, mixed"; "all articles" without a query. */
  String describe() {
    if (units.isEmpty()) {
      return "all articles";
    }
    String u = EnumSet.copyOf(units).stream()
        .map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining("+"));
    String d = exact && folded ? "mixed" : folded ? "folded" : "exact";
    return u + ", " + d;
  }

  @Override
  public String toString() {
    return describe();
  }
}
