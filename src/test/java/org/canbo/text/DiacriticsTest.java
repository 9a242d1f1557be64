package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DiacriticsTest {
  @Test
  void foldsVietnameseText() {
    assertThat(Diacritics.fold("Nguyễn Ngọc Tuấn, Chủ tịch UBND tỉnh Đắk Lắk"))
        .isEqualTo("Nguyen Ngoc Tuan, Chu tich UBND tinh Dak Lak");
    assertThat(Diacritics.fold("ƯỚC TÍNH 96,9% Ðảng")).isEqualTo("UOC TINH 96,9% Dang");
  }

  /** The table gives, for every char, what decomposing it on the spot gives (the old code). */
  @Test
  void everyCharFoldsAsItsDecomposition() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(Diacritics.fold(c)).as("U+%04X", i).isEqualTo(reference(c));
    }
  }

  private static char reference(char c) {
    if (c == 'đ' || c == '\u00F0') {
      return 'd';
    }
    if (c == 'Đ' || c == '\u00D0') {
      return 'D';
    }
    if (c >= 0x80 && Character.isLetter(c)) {
      char b = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
      return b < 0x80 ? b : c;
    }
    return c;
  }
}
