package org.canbo.extract.figure;

import org.canbo.model.Period;

/**
 * A time expression found in a sentence at {@code [start, end)}: a period, or a stock marker
 * ("hiện có", bare "đến nay") when {@code period} is null; baselines ("so với năm 2015") are kept
 * out before this point. A {@code nominal} phrase belongs to a body or post named just before it
 * ("Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015-2020", "nguyên Bí thư ... nhiệm kỳ 2010 - 2015"): it dates
 * figures of its own sentence but is not the period of the statements that follow.
 */
record PeriodPhrase(int start, int end, Period period, String text, boolean nominal) {
  PeriodPhrase(int start, int end, Period period, String text) {
    this(start, end, period, text, false);
  }

  boolean isStock() {
    return period == null;
  }

  PeriodPhrase asNominal() {
    return new PeriodPhrase(start, end, period, text, true);
  }
}
