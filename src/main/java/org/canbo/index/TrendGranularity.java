package org.canbo.index;

import java.util.Locale;
import org.canbo.model.UserInputException;

/** The period of a trend: a year ("2019") or a month ("2019-05"). */
public enum TrendGranularity {
  YEAR,
  MONTH;

  /** Reads "year" and "month", ignoring case. */
  public static TrendGranularity parse(String text) {
    return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
      case "year" -> YEAR;
      case "month" -> MONTH;
      default -> throw new UserInputException(
          "cannot count by '" + text + "': use year or month");
    };
  }

  /** The period of a yyyymmdd date key (month and day 00 when unknown); null when it has none. */
  String period(long dateKey) {
    if (dateKey < 0) {
      return null;
    }
    long year = dateKey / 10_000;
    long month = dateKey / 100 % 100;
    if (this == YEAR) {
      return String.format(Locale.ROOT, "%04d", year);
    }
    return month == 0 ? null : String.format(Locale.ROOT, "%04d-%02d", year, month);
  }
}
