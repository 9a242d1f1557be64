package org.canbo.index;

import java.util.Locale;
import org.canbo.model.UserInputException;

/** How a frequency list is split: one list for all articles, or one per year, source or province. */
public enum FreqGrouping {
  ALL(null),
  YEAR(Facets.YEAR),
  SOURCE(Facets.SOURCE),
  PROVINCE(Facets.PROVINCE);

  /** The facet dimension the groups come from; null for one group. */
  final String dimension;

  FreqGrouping(String dimension) {
    this.dimension = dimension;
  }

  /** Reads year, source and province (null or blank: one group), ignoring case. */
  public static FreqGrouping parse(String text) {
    if (text == null || text.isBlank()) {
      return ALL;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "year" -> YEAR;
      case "source" -> SOURCE;
      case "province" -> PROVINCE;
      case "all" -> ALL;
      default -> throw new UserInputException(
          "cannot group by '" + text + "': use year, source or province");
    };
  }
}
