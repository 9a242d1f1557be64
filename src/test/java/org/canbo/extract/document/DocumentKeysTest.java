package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(strings = {"02-QĐ/HU", "02 - QĐ/HU", "02 - QÐ/HU", "02-QÐ/HU", "02 – QĐ/HU", "02‑QĐ/HU",
      "02 -QĐ/ HU", "2-QĐ/HU", "02—QĐ/HU", "02-QĐ/HU"})
  void ethSpacingAndDashVariantsShareOneKey(String number) {
    assertThat(keys.key("Quy định", number, null, null, null)).isEqualTo("QD-02-HU");
    assertThat(keys.keyOfSymbol(number)).contains("QD-02-HU");
  }

  @Test
  void decomposedInputGivesTheSameKey() {
    String nfd = Normalizer.normalize("Quy định", Normalizer.Form.NFD);
    assertThat(keys.key(nfd, Normalizer.normalize("15-QĐ/TU", Normalizer.Form.NFD), null, null, null))
        .isEqualTo("QD-15-TU");
    assertThat(keys.key("Nghị quyết", "3", Normalizer.normalize("Huyện uỷ", Normalizer.Form.NFD), null, null))
        .isEqualTo("NQ-03-HU");
  }

  @Test
  void centralCommitteeWrittenTuIsNotAProvince() {
    assertThat(keys.key("Nghị quyết", "18-NQ/TƯ", null, null, null)).isEqualTo("NQ-18-TW");
    assertThat(keys.key("Nghị quyết", "18", "Ban Chấp hành Trung ương", null, null)).isEqualTo("NQ-18-TW");
  }

  @Test
  void issuerWordsAgreeWithTheSymbolsTheseBodiesPrint() {
    assertThat(keys.key("Nghị quyết", "05", "Quận ủy Hoàn Kiếm", null, null))
        .isEqualTo(keys.key("Nghị quyết", "05-NQ/QU", null, null, null));
    assertThat(keys.key("Hướng dẫn", "09", "Ban Tổ chức Tỉnh ủy", null, null))
        .isEqualTo(keys.key("Hướng dẫn", "09-HD/BTCTU", null, null, null));
    assertThat(keys.key("Hướng dẫn", "12", "Ban Tổ chức Huyện ủy", null, null))
        .isEqualTo(keys.key("Hướng dẫn", "12-HD/BTCHU", null, null, null));
    assertThat(keys.key("Quyết định", "402", "Thủ tướng Chính phủ", null, null))
        .isEqualTo(keys.key("Quyết định", "402/QĐ-TTg", null, null, null));
  }
}
