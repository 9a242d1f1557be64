package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line rules for page furniture, and the cheap tests they rely on. */
class BoilerplateTest {
  @Test
  void digitTestAgreesWithTheJdkOnEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Boilerplate.isDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
    }
  }

  @Test
  void longLinesWithPunctuationAreProseEvenWithWidgetWordsAhead() {
    assertThat(Boilerplate.isBoilerplate("Tin liên quan")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Tags: cán bộ, đảng viên")).isTrue();
    assertThat(Boilerplate.isBoilerplate(
        "Tin mới: Ban Thường vụ Tỉnh ủy Quảng Ninh họp bàn công tác cán bộ, đảng viên năm 2023")).isFalse();
    // Seven spaces (eight words): short enough for a widget heading ("Chủ đề ..."), and it is one.
    assertThat(Boilerplate.isBoilerplate("Chủ đề: cải cách hành chính, chuyển đổi")).isTrue();
    // A digit of another script counts as one, as Character.isDigit says.
    assertThat(Boilerplate.isBoilerplate("Tin mới ١ hai ba bốn năm sáu bảy tám chín mười")).isFalse();
  }
}
