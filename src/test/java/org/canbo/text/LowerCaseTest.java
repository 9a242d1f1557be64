package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LowerCaseTest {
  @Test
  void everyCharLowersAsTheJdkLowersIt() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(LowerCase.of((char) c)).as("U+%04X", c).isEqualTo(Character.toLowerCase((char) c));
    }
  }

  @Test
  void vietnameseCapitalsLowerWithTheirMarks() {
    StringBuilder out = new StringBuilder();
    for (char c : "ĐẢNG ỦY Ở QUẢNG NINH".toCharArray()) {
      out.append(LowerCase.of(c));
    }
    assertThat(out.toString()).isEqualTo("đảng ủy ở quảng ninh");
  }
}
