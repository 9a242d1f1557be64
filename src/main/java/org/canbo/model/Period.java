package org.canbo.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time span a figure refers to, as ISO prefixes ("2016", "2021-11", "2019-05-30"); {@code start}
 * may be null when the text only says "from the start of the term until now".
 */
public record Period(String start, String end) {
  private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public Period {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period needs a start or an end");
    }
  }

  /** A period covering one calendar unit ("2018", "2021-11"). */
  public static Period of(String both) {
    return new Period(both, both);
  }

  /** The start as a full date, its first day ("2018" → 2018-01-01), or null. */
  public String startDate() {
    return day(start, true);
  }

  /** The end as a full date, its last day ("2018" → 2018-12-31, "2024-02" → 2024-02-29), or null. */
  public String endDate() {
    return day(end, false);
  }

  /** The first or last day an ISO prefix covers; null when absent or not a valid prefix. */
  static String day(String prefix, boolean first) {
    Matcher m = prefix == null ? null : ISO_PREFIX.matcher(prefix);
    if (m == null || !m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
            .toString();
      }
      YearMonth month = m.group(2) != null ? YearMonth.of(year, Integer.parseInt(m.group(2)))
          : YearMonth.of(year, first ? 1 : 12);
      return (first ? month.atDay(1) : month.atEndOfMonth()).toString();
    } catch (DateTimeException e) {
      return null; // "2019-13": no such day, better no date than a wrong one
    }
  }
}
