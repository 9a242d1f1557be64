package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.canbo.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Citation forms, merging and generic mentions on single sentences. */
class DocumentRefExtractorTest {
  private static List<DocumentRef> refs(String text) {
    return DocumentTestSupport.extract(text);
  }

  private static DocumentRef only(String text) {
    List<DocumentRef> r = refs(text);
    assertThat(r).as(text).hasSize(1);
    return r.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Thực hiện Nghị quyết số 04-NQ/TU của Thành ủy.|04-NQ/TU|NQ-04-TU",
      "Huyện ủy đã ban hành Quy định số 02 - QĐ/HU, ngày 16/4/2018.|02 - QĐ/HU|QD-02-HU",
      "Huyện ủy đã ban hành Quy định số 02 - QÐ/HU, ngày 16/4/2018.|02 - QÐ/HU|QD-02-HU",
      "Trên tinh thần Kết luận số 55 - KL/TW ngày 18/01/2013 của Bộ Chính trị.|55 - KL/TW|KL-55-TW",
      "UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND ngày 12-3-2020.|1234/QĐ-UBND|QD-1234-UBND",
      "Hướng dẫn số 26-HD/BTCTW của Ban Tổ chức Trung ương.|26-HD/BTCTW|HD-26-BTCTW",
      "Tỉnh ủy có Chương trình hành động số 15-CTr/TU.|15-CTr/TU|CTR-15-TU"})
  void symbolsAsPrinted(String sentence, String number, String key) {
    DocumentRef r = only(sentence);
    assertThat(r.number()).isEqualTo(number);
    assertThat(r.key()).isEqualTo(key);
  }

  @Test
  void dateIssuerAndSubject() {
    DocumentRef r = only("Huyện ủy đã ban hành Quy định số 02 - QÐ/HU, ngày 16/4/2018 về luân chuyển cán bộ.");
    assertThat(r.docType()).isEqualTo("Quy định");
    assertThat(r.date()).isEqualTo("2018-04-16");
    assertThat(r.issuer()).isEqualTo("Huyện ủy");
    assertThat(r.text()).isEqualTo("Quy định số 02 - QÐ/HU, ngày 16/4/2018");
    DocumentRef later = only("Thực hiện Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày 15/3/2016 và kết quả hội nghị.");
    assertThat(later.date()).isEqualTo("2016-03-15");
    assertThat(later.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
  }

  @Test
  void shortFormsMergeUnderOneKey() {
    List<DocumentRef> r = refs("Thực hiện Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ thành phố. "
        + "Sau 5 năm thực hiện NQ 04, chỉ tiêu Nghị quyết 04 của Thành ủy đã đạt. "
        + "Nghị quyết của Thành ủy được quán triệt.");
    assertThat(r).extracting(DocumentRef::number, DocumentRef::key).containsExactly(tuple("04-NQ/TU", "NQ-04-TU"));
  }

  @Test
  void ethAndDashVariantsOfOneSymbolAreOneReference() {
    List<DocumentRef> r = refs("Ban Thường vụ Huyện ủy ban hành Quy định số 09 – QÐ/HU về tiêu chuẩn cán bộ. "
        + "Sau hai năm, Quy định 09-QĐ/HU được sửa đổi; các xã thực hiện nghiêm Quy định số 09 - QĐ/HU.");
    assertThat(r).extracting(DocumentRef::number, DocumentRef::key).containsExactly(tuple("09 – QÐ/HU", "QD-09-HU"));
  }

  @Test
  void centralSymbolWrittenWithTuMergesWithItsShortForm() {
    List<DocumentRef> r = refs("Quán triệt Nghị quyết số 21-NQ/TƯ về tổ chức cơ sở đảng. "
        + "Tỉnh ủy xây dựng chương trình thực hiện Nghị quyết 21 của Trung ương.");
    assertThat(r).extracting(DocumentRef::number, DocumentRef::key).containsExactly(tuple("21-NQ/TƯ", "NQ-21-TW"));
  }

  @Test
  void differentIssuersStayApart() {
    assertThat(refs("Thực hiện Nghị quyết 04 của Thành ủy và Nghị quyết 04 của Huyện ủy."))
        .extracting(DocumentRef::key).containsExactly("NQ-04-TU", "NQ-04-HU");
  }

  @Test
  void plenumAndTerm() {
    DocumentRef r = only("Học tập Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.");
    assertThat(r).extracting(DocumentRef::plenum, DocumentRef::term, DocumentRef::issuer, DocumentRef::key)
        .containsExactly("Trung ương 4", "khóa XII", "Trung ương", "NQ-TW4-XII");
    assertThat(only("Tổng kết Nghị quyết TW 3 (khoá VIII).").plenum()).isEqualTo("Trung ương 3");
    DocumentRef spelled = only("Thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị lần thứ bảy "
        + "Ban Chấp hành Trung ương Đảng khóa XII về cán bộ.");
    assertThat(spelled).extracting(DocumentRef::plenum, DocumentRef::term, DocumentRef::date)
        .containsExactly("Trung ương 7", "khóa XII", "2018-05-19");
  }

  @Test
  void twoTermsAreTwoResolutions() {
    assertThat(refs("Việc thực hiện Nghị quyết Trung ương 4 khóa XI, XII về xây dựng, chỉnh đốn Đảng."))
        .extracting(DocumentRef::plenum, DocumentRef::term)
        .containsExactly(tuple("Trung ương 4", "khóa XI"), tuple("Trung ương 4", "khóa XII"));
  }

  @Test
  void listedNumbersAreSeparateDocuments() {
    assertThat(refs("Quán triệt Nghị quyết số 18-NQ/TW, 19-NQ/TW của Trung ương."))
        .extracting(DocumentRef::number).containsExactly("18-NQ/TW", "19-NQ/TW");
  }

  @Test
  void unnumberedButNamed() {
    assertThat(only("Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XIII đề ra chỉ tiêu.").issuer())
        .isEqualTo("Đại hội Đại biểu Đảng bộ tỉnh lần thứ XIII");
    assertThat(only("Lãnh đạo Đảng ủy công bố quyết định của Bộ Chính trị về điều động cán bộ.").issuer())
        .isEqualTo("Bộ Chính trị");
    assertThat(only("Bộ Chính trị vừa ban hành quy định về luân chuyển cán bộ.").issuer())
        .isEqualTo("Bộ Chính trị");
    assertThat(only("Theo quyết định, Thủ tướng phê chuẩn bổ sung 2 Ủy viên UBND tỉnh.").issuer())
        .isEqualTo("Thủ tướng");
    assertThat(only("Ban hành Quy định tiêu chuẩn chức danh cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.")
        .issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Tổ chức quán triệt, tuyên truyền các chỉ thị, nghị quyết của Đảng.",
      "Quảng Yên đã ban hành nghị quyết về công tác luân chuyển, điều động cán bộ.",
      "Các cấp ủy quán triệt Chỉ thị, Nghị quyết của Trung ương và chủ trương, nghị quyết của Tỉnh ủy.",
      "Xây dựng quy hoạch theo nghị quyết và hướng dẫn của Trung ương, của tỉnh.",
      "Theo kế hoạch, đến năm 2025 toàn tỉnh hoàn thành. Theo quy định, cán bộ phải đủ tiêu chuẩn.",
      "Ban Thường vụ Tỉnh ủy đã quyết định luân chuyển 12 cán bộ theo đúng quy định của pháp luật.",
      "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị xây dựng kế hoạch 5 năm.",
      "Như: Quy chế quản lý tổ chức, cán bộ; quy chế bổ nhiệm cán bộ; quy chế đánh giá cán bộ.",
      "Đồng chí Phó Bí thư trao quyết định luân chuyển cho các đồng chí.",
      "Từng bước thực hiện Quy chế chất vấn trong Đảng tại các hội nghị.",
      "Kế hoạch 2023 của ngành được triển khai. Đạt 64% kế hoạch năm."})
  void genericMentionsAreNotReferences(String sentence) {
    assertThat(refs(sentence)).as(sentence).isEmpty();
  }
}
