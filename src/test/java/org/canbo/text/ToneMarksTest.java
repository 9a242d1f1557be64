package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ToneMarksTest {
  @ParameterizedTest
  @CsvSource({
    "Huyện uỷ, Huyện ủy",
    "Thành uỷ, Thành ủy",
    "hoà, hòa",
    "Hoà An, Hòa An",
    "thuỷ lợi, thủy lợi",
    "khoẻ, khỏe",
    "hoá, hóa",
    "Uỷ ban, Ủy ban",
    "HOÀ, HÒA",
    "Ðảng, Đảng",
    "ðảng, đảng",
  })
  void newStyleBecomesTraditional(String input, String expected) {
    assertThat(ToneMarks.canonical(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "hoàng", "thuyết", "quý", "quỳnh", "giữ", "giường", "gì", "toán", "người", "khuỷu", "Nguyễn",
    "Quảng Yên", "hòa", "Ủy", "cán bộ", "luân chuyển", "NN&PTNT", "04-NQ/TU", "quốc", "mười", "oai"
  })
  void alreadyCanonicalTextIsUnchanged(String input) {
    assertThat(ToneMarks.canonical(input)).isEqualTo(input);
  }

  @Test
  void lengthIsPreservedOnSeedText() {
    String text = "Phó Trưởng Ban Tổ chức Huyện uỷ Thành uỷ Hà Nội, Hoà An, Ðiện Biên Ðông";
    String canonical = ToneMarks.canonical(text);
    assertThat(canonical).hasSameSizeAs(text);
    assertThat(canonical).isEqualTo("Phó Trưởng Ban Tổ chức Huyện ủy Thành ủy Hà Nội, Hòa An, Điện Biên Đông");
  }

  @Test
  void foldingRemovesAllMarks() {
    assertThat(Diacritics.fold("Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên"))
        .isEqualTo("Dong chi Ho Van Vinh, Bi thu Thi uy Quang Yen");
    assertThat(Diacritics.fold("Ðảng ðảng")).isEqualTo("Dang dang");
  }
}
