package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How keys are built from fields and from symbols. */
class DocumentKeysTest {
  private final DocumentKeys keys = DocumentKeys.load();

  @Test
  void numberedKeysUseDigitsAndIssuerCode() {
    assertThat(keys.key("Nghị quyết", "04-NQ/TU", null, null, null)).isEqualTo("NQ-04-TU");
    assertThat(keys.key("Nghị quyết", "4", "Thành uỷ", null, null)).isEqualTo("NQ-04-TU");
    assertThat(keys.key("Quy định", "02 - QÐ/HU", null, null, null)).isEqualTo("QD-02-HU");
    assertThat(keys.key("Kế hoạch", "63", "Huyện ủy", null, null)).isEqualTo("KH-63-HU");
    assertThat(keys.key("Nghị quyết", "26-NQ/TW", null, "Trung ương 7", "khóa XII")).isEqualTo("NQ-26-TW");
  }

  @Test
  void unnumberedKeysUsePlenumIssuerAndTerm() {
    assertThat(keys.key("Nghị quyết", null, "Trung ương", "Trung ương 4", "khóa XII")).isEqualTo("NQ-TW4-XII");
    assertThat(keys.key("Quy chế", null, "Ban Thường vụ Tỉnh ủy", null, "khóa XIII")).isEqualTo("QC-TU-XIII");
    assertThat(keys.key("Nghị quyết", null, "Đại hội Đảng bộ tỉnh lần thứ XIII", null, null))
        .isEqualTo("NQ-DHXIII-TU");
  }

  @Test
  void keyOfASymbolAlone() {
    assertThat(keys.keyOfSymbol("04-NQ/TU")).contains("NQ-04-TU");
    assertThat(keys.keyOfSymbol("55 - KL/TW")).contains("KL-55-TW");
    assertThat(keys.keyOfSymbol("1234/QĐ-UBND")).contains("QD-1234-UBND");
    assertThat(keys.keyOfSymbol("67")).isEmpty();
  }
}
