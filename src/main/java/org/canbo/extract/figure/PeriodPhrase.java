package org.canbo.extract.figure;

import org.canbo.model.Period;

/**
 * A time expression found in a sentence at {@code [start, end)}: a period, or a stock marker
 * ("hiện có", bare "đến nay") when {@code period} is null; baselines ("so với năm 2015") are kept
 * out before this point.
 */
record PeriodPhrase(int start, int end, Period period, String text) {
  boolean isStock() {
    return period == null;
  }
}
