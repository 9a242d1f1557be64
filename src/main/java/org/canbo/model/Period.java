package org.canbo.model;

/**
 * A time span a figure refers to, as ISO prefixes ("2016", "2021-11", "2019-05-30"); {@code start}
 * may be null when the text only says "from the start of the term until now".
 */
public record Period(String start, String end) {
  public Period {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period needs a start or an end");
    }
  }

  /** A period covering one calendar unit ("2018", "2021-11"). */
  public static Period of(String both) {
    return new Period(both, both);
  }
}
