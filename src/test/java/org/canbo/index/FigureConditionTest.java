package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figure conditions by code or by Vietnamese label, and the messages for what cannot be read. */
class FigureConditionTest {
  @Test
  void aVietnameseLabelIsTheSameConditionAsTheCode() {
    FigureCondition code = FigureCondition.parse("rotation>=50");
    assertThat(code).isEqualTo(new FigureCondition("rotation", ">=", new BigDecimal("50")));
    assertThat(FigureCondition.parse("luân chuyển>=50")).isEqualTo(code);
    assertThat(FigureCondition.parse(" Luân chuyển >= 50 ")).isEqualTo(code);
    assertThat(FigureCondition.parse("luan chuyen>=50")).isEqualTo(code);
    assertThat(FigureCondition.parse("ROTATION>=50")).isEqualTo(code);
    assertThat(FigureCondition.parse("đánh giá, xếp loại<=96,9"))
        .isEqualTo(new FigureCondition("evaluation", "<=", new BigDecimal("96.9")));
    assertThat(FigureCondition.parse("kỷ luật>0").toString()).isEqualTo("discipline>0");
  }

  @Test
  void unreadableConditionsAndUnknownCategoriesSayWhatIsExpected() {
    IllegalArgumentException syntax =
        assertThrows(IllegalArgumentException.class, () -> FigureCondition.parse("rot"));
    assertThat(syntax.getMessage()).contains("cannot read the figure condition 'rot'")
        .contains("luân chuyển>=50");
    assertThat(assertThrows(IllegalArgumentException.class, () -> FigureCondition.parse(">=5"))
        .getMessage()).contains("cannot read the figure condition '>=5'");
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> FigureCondition.parse("rotaton>=5"));
    assertThat(unknown.getMessage()).startsWith("unknown figure category 'rotaton' in 'rotaton>=5'")
        .contains("rotation (luân chuyển)", "discipline (kỷ luật)");
  }
}
