package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.canbo.model.DocumentRef;
import org.junit.jupiter.api.Test;

/** Confidence from evidence: in [0, 1], and ordered as the evidence is strong. */
class DocumentConfidenceTest {
  private static double of(Evidence... evidence) {
    return DocumentConfidence.of(List.of(Set.of(evidence)));
  }

  private static double confidenceOf(String sentence) {
    List<DocumentRef> refs = DocumentTestSupport.extract(sentence);
    assertThat(refs).as(sentence).hasSize(1);
    return refs.get(0).confidence();
  }

  @Test
  void noisyOrOfTheEvidence() {
    assertThat(of(Evidence.SYMBOL)).isEqualTo(0.95);
    assertThat(of(Evidence.BARE_NUMBER, Evidence.ISSUER)).isCloseTo(0.84, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(DocumentConfidence.of(List.of(Set.of(Evidence.ISSUER), Set.of(Evidence.ISSUER))))
        .isCloseTo(0.72, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void alwaysWithinZeroAndOne() {
    assertThat(DocumentConfidence.of(List.of(EnumSet.allOf(Evidence.class), EnumSet.allOf(Evidence.class),
        EnumSet.allOf(Evidence.class), EnumSet.allOf(Evidence.class)))).isBetween(0.0, 1.0);
    assertThat(DocumentConfidence.of(List.of(Set.of()))).isEqualTo(0.0);
  }

  @Test
  void everyExtractedReferenceCarriesOne() {
    List<DocumentRef> refs = DocumentTestSupport.extract("Thực hiện Nghị quyết số 09-NQ/HU của Huyện ủy, "
        + "Kế hoạch 17 của Ban Thường vụ Huyện ủy và Nghị quyết Trung ương 5 khóa XIII, Đảng ủy xã có "
        + "Quy định về tiêu chuẩn cán bộ thôn.");
    assertThat(refs).hasSize(4).allSatisfy(r -> assertThat(r.confidence()).isBetween(0.0, 1.0));
  }

  @Test
  void strongerEvidenceGivesMoreConfidence() {
    double symbol = confidenceOf("Thực hiện Kết luận số 33-KL/TU của Ban Thường vụ Tỉnh ủy.");
    double plenum = confidenceOf("Sơ kết Nghị quyết Trung ương 5 khóa XIII về đất đai.");
    double bare = confidenceOf("Sau ba năm, Nghị quyết 14 đã đi vào cuộc sống.");
    double named = confidenceOf("Các huyện xếp loại theo hướng dẫn của Ban Tổ chức Tỉnh ủy.");
    double title = confidenceOf("Nhiều đảng viên vi phạm Quy định về những điều đảng viên không được làm.");
    assertThat(symbol).isGreaterThanOrEqualTo(0.95);
    assertThat(plenum).isGreaterThanOrEqualTo(0.8).isLessThan(symbol);
    assertThat(bare).isLessThan(0.8);
    assertThat(named).isLessThan(0.8);
    assertThat(title).isLessThan(named);
  }

  @Test
  void repeatedCitationsAddConfidence() {
    double once = confidenceOf("Các huyện xếp loại theo hướng dẫn của Ban Tổ chức Tỉnh ủy.");
    double twice = confidenceOf("Các huyện xếp loại theo hướng dẫn của Ban Tổ chức Tỉnh ủy. "
        + "Hướng dẫn của Ban Tổ chức Tỉnh ủy nêu rõ tiêu chí.");
    assertThat(twice).isGreaterThan(once);
  }
}
