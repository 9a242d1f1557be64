package org.canbo.index.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.canbo.TestTexts;
import org.junit.jupiter.api.Test;

/**
 * The signature computed directly ({@link ShingleMinHash}) is term for term, in order, what
 * Lucene's ShingleFilter and MinHashFilter give: on the seeds, the shared dev texts, and texts
 * with fewer words than a shingle, an overlong token, upper case and characters outside the BMP.
 */
class CopySignatureTest {
  private final CopySignature signature = new CopySignature();

  @Test
  void seedsGiveLucenesTerms() throws IOException {
    List<String> texts = TestTexts.seeds();
    assertThat(texts).hasSize(5);
    for (String text : texts) {
      assertThat(signature.terms(text)).hasSizeGreaterThan(CopySignature.BUCKETS / 2)
          .containsExactlyElementsOf(signature.luceneTerms(text));
    }
  }

  @Test
  void devTextsGiveLucenesTerms() throws IOException {
    assumeTrue(TestTexts.hasDev(), "../shared/dev is absent");
    List<String> texts = TestTexts.dev();
    assertThat(texts).hasSizeGreaterThan(50);
    for (String text : texts) {
      assertThat(signature.terms(text)).containsExactlyElementsOf(signature.luceneTerms(text));
    }
  }

  @Test
  void shortOddAndEmptyTextsGiveLucenesTerms() {
    List<String> texts = List.of("", " .,; ", "Đảng", "Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Quảng Ninh",
        "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Văn", "ĐẢNG BỘ TỈNH 𠀀𠀁 chữ Nôm 𡨸 và 13.000 tỷ, 96,9%",
        "a".repeat(300) + " cán bộ luân chuyển về cơ sở công tác",
        "cán bộ luân chuyển về cơ sở " + "x".repeat(256));
    for (String text : texts) {
      assertThat(signature.terms(text)).as(text).containsExactlyElementsOf(signature.luceneTerms(text));
    }
    assertThat(signature.terms("")).isEmpty();
    assertThat(signature.terms("Đảng")).hasSize(1);
  }

  @Test
  void shinglesCrossingTheHashBlockTailGiveLucenesTerms() {
    // Shingle byte lengths 2..80: every MurmurHash3 tail length (len % 16) is exercised.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("x".repeat(1 + i % 9)).append(i % 7 == 0 ? "ở " : " ");
    }
    assertThat(signature.terms(text.toString()))
        .containsExactlyElementsOf(signature.luceneTerms(text.toString()));
  }

}
