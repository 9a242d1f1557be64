package org.canbo.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period prefixes as full dates: the first day of the start, the last day of the end. */
class PeriodTest {
  @ParameterizedTest(name = "{0}..{1} -> {2}..{3}")
  @CsvSource(nullValues = "null", textBlock = """
      2018,       2018,       2018-01-01, 2018-12-31
      2021-11,    2021-11,    2021-11-01, 2021-11-30
      2016,       2019-05-30, 2016-01-01, 2019-05-30
      2024-02,    2024-02,    2024-02-01, 2024-02-29
      2023-02,    2023-02,    2023-02-01, 2023-02-28
      2000-02,    1900-02,    2000-02-01, 1900-02-28
      2023-01,    2023-06,    2023-01-01, 2023-06-30
      null,       2019-05-30, null,       2019-05-30
      2020,       null,       2020-01-01, null
      2019-13,    --10-06,    null,       null
      """)
  void fullDates(String start, String end, String startDate, String endDate) {
    Period p = new Period(start, end);
    assertThat(p.startDate()).isEqualTo(startDate);
    assertThat(p.endDate()).isEqualTo(endDate);
  }
}
