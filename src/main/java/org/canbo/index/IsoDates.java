package org.canbo.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.UserInputException;

/**
 * Turns ISO dates ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}) into sortable yyyymmdd
 * numbers. A missing month or day counts as 00 for a document and as the whole period for a query
 * bound, so "from 2019-05" includes a document dated "2019-05" but "from 2019-05-10" does not.
 * Dates without a year ({@code --MM-DD}) have no number: they are stored, never range-filtered.
 */
final class IsoDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private IsoDates() {}

  /** The sort key of a document date, or -1 when it has no year or is not ISO. */
  static long documentKey(String date) {
    if (date == null) {
      return -1;
    }
    Matcher m = ISO.matcher(date);
    if (!m.matches() || !valid(m)) {
      return -1;
    }
    return key(m, 0, 0);
  }

  /** The smallest key covered by a query bound ("2019" → 20190000). */
  static long lowerBound(String date) {
    return key(parseBound(date), 0, 0);
  }

  /** The largest key covered by a query bound ("2019" → 20199999, "2019-05" → 20190599). */
  static long upperBound(String date) {
    return key(parseBound(date), 99, 99);
  }

  private static Matcher parseBound(String date) {
    Matcher m = ISO.matcher(date.strip());
    if (!m.matches() || !valid(m)) {
      throw new UserInputException(
          "date filter '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return m;
  }

  private static boolean valid(Matcher m) {
    try {
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      LocalDate.of(Integer.parseInt(m.group(1)), month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static long key(Matcher m, int missingMonth, int missingDay) {
    long year = Long.parseLong(m.group(1));
    long month = m.group(2) == null ? missingMonth : Long.parseLong(m.group(2));
    long day = m.group(3) == null ? missingDay : Long.parseLong(m.group(3));
    return year * 10_000 + month * 100 + day;
  }
}
