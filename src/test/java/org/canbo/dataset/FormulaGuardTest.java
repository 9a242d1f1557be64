package org.canbo.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the spreadsheet-formula guard prefixes with an apostrophe, and what it leaves as data. */
class FormulaGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"=SUM(A1)", "+1", "@cmd", "-1+2", "-A1", "-2+3*cmd|' /C calc'!A0",
      "- Bí thư Huyện ủy", "--1+2", "--10-06+1", "\tx", "\rx", "-10-06"})
  void formulasAreGuarded(String cell) {
    assertThat(FormulaGuard.dangerous(cell)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--10-06", "--02-29", "--12", "-2,5", "-13", "-0.75", "-", "", "2019-05-30",
      "huyện->xã", "cán bộ"})
  void dataIsLeftAlone(String cell) {
    assertThat(FormulaGuard.dangerous(cell)).isFalse();
  }
}
