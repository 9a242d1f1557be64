package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.canbo.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where an unnumbered mention stops being generic: determiners, set phrases, lists and personnel
 * acts against a named body, a subject, a plenum or a meeting; and the confidence each one gets.
 */
class SpecificMentionsTest {
  private static List<DocumentRef> refs(String text) {
    return DocumentTestSupport.extract(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Các chi bộ bám sát các nghị quyết, chỉ thị của Trung ương và của Huyện ủy.",
      "Việc điều động cán bộ được thực hiện đúng quy định, đúng quy trình.",
      "Cán bộ được bố trí theo quy định của Bộ Nội vụ.",
      "Năm 2021, huyện kết nạp 150 đảng viên, vượt kế hoạch\n09:15 - 12/01/2022",
      "Theo kế hoạch của UBND huyện, các xã hoàn thành trước quý III.",
      "Ban Thường vụ Thị ủy trao quyết định điều động, bổ nhiệm cho 4 đồng chí.",
      "Ủy ban Kiểm tra Huyện ủy đã ban hành quyết định thi hành kỷ luật cảnh cáo 3 đảng viên.",
      "Những quy định về luân chuyển cán bộ còn chồng chéo.",
      "Một số quyết định về bổ nhiệm cán bộ chưa đúng quy trình.",
      "Các Nghị quyết chuyên đề của Thị ủy đã đi vào cuộc sống.",
      "Đảng ủy xã quán triệt chỉ thị, nghị quyết của cấp trên.",
      "Huyện ủy thực hiện nghiêm túc các quy định của Đảng về công tác cán bộ.",
      "Đồng chí đề nghị các xã thực hiện tốt quy định về tiêu chuẩn cán bộ.",
      "Tổng kết hội nghị, đồng chí Bí thư Thị ủy yêu cầu khắc phục hạn chế."})
  void genericMentionsAreNotDocuments(String sentence) {
    assertThat(refs(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Xếp loại đảng viên theo hướng dẫn của Ban Tổ chức Tỉnh ủy.|Hướng dẫn|Ban Tổ chức Tỉnh ủy",
      "Các tổ chức đảng bị xử lý theo kết luận của Ủy ban Kiểm tra Tỉnh ủy.|Kết luận|Ủy ban Kiểm tra Tỉnh ủy",
      "Cấp ủy phải nắm chủ trương và quyết định của Bộ Chính trị, Ban Bí thư về điều động cán bộ.|Quyết định|"
          + "Bộ Chính trị, Ban Bí thư",
      "Thị ủy thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ thị xã nhiệm kỳ 2020 - 2025.|Quy chế|"
          + "Ban Chấp hành Đảng bộ thị xã",
      "Các chi bộ học tập Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIII.|Nghị quyết|"
          + "Đại hội Đảng bộ thị xã lần thứ XXIII",
      "Các chi bộ học tập Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XX.|Nghị quyết|"
          + "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XX",
      "Đảng bộ quán triệt Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2025 - 2030.|Nghị quyết|"
          + "Đại hội Đảng bộ huyện nhiệm kỳ 2025 - 2030",
      "Đồng chí Trưởng ban công bố quyết định của Ban Bí thư về chỉ định cán bộ.|Quyết định|Ban Bí thư"})
  void aNamedBodyOrMeetingSinglesOneOut(String sentence, String docType, String issuer) {
    assertThat(refs(sentence)).as(sentence).extracting(DocumentRef::docType, DocumentRef::number,
        DocumentRef::issuer).containsExactly(tuple(docType, null, issuer));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nhiều đảng viên vi phạm Quy định về những điều đảng viên không được làm.|Quy định",
      "Huyện ủy thực hiện nghiêm Quy chế làm việc và Quy định về phân cấp quản lý cán bộ.|Quy định",
      "Đại hội đã thảo luận và thông qua Nghị quyết phát triển kinh tế - xã hội nhiệm kỳ mới.|Nghị quyết",
      "Tỉnh ủy có Kế hoạch về tạo nguồn cán bộ trẻ.|Kế hoạch"})
  void aCapitalisedTitleWithItsSubjectIsADocument(String sentence, String docType) {
    assertThat(refs(sentence)).as(sentence).extracting(DocumentRef::docType, DocumentRef::number)
        .containsExactly(tuple(docType, null));
  }

  @Test
  void aTitleIsNotCapitalisedBySentenceStartOrCapitals() {
    assertThat(refs("Quy định về nhiều nội dung còn chung chung.")).isEmpty();
    assertThat(refs("QUY ĐỊNH VỀ TIÊU CHUẨN CÁN BỘ")).isEmpty();
  }

  @Test
  void theResolutionOfTheConferenceJustNamed() {
    assertThat(refs("Hội nghị Trung ương 8 đã biểu quyết thông qua Nghị quyết hội nghị. Trước đó, "
        + "Nghị quyết Trung ương 4 khóa XII được sơ kết."))
        .extracting(DocumentRef::plenum).containsExactly("Trung ương 8", "Trung ương 4");
  }

  @Test
  void anAdoptedResolutionRefersBackToTheOneCitedBefore() {
    assertThat(refs("Đại hội thảo luận dự thảo Nghị quyết của Đảng bộ huyện nhiệm kỳ tới. "
        + "Sau 2 ngày làm việc, Đại hội thông qua Nghị quyết Đại hội."))
        .extracting(DocumentRef::issuer).containsExactly("Đảng bộ huyện");
  }

  @Test
  void aTitleRefersBackOnlyOnTheSameSubject() {
    String same = "Thực hiện Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ, Thị ủy đã rà soát. "
        + "Việc thực hiện Quy định về phân cấp quản lý cán bộ có chuyển biến.";
    assertThat(refs(same)).extracting(DocumentRef::number).containsExactly("105-QĐ/TW");
    String other = "Thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương, Thị ủy đã rà soát. "
        + "Việc thực hiện Quy định về phân cấp quản lý cán bộ có chuyển biến.";
    assertThat(refs(other)).extracting(DocumentRef::number).containsExactly("08-QĐi/TW", null);
  }

  @Test
  void jointIssuersAreOfOneLevel() {
    assertThat(refs("Quán triệt Quy định 50-QĐ/TW của Bộ Chính trị, Huyện ủy đã rà soát đội ngũ cán bộ."))
        .extracting(DocumentRef::issuer).containsExactly("Bộ Chính trị");
  }

  @Test
  void aKindListedAfterAFullCitationIsStillADocument() {
    assertThat(refs("Học tập Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX."))
        .extracting(DocumentRef::key).containsExactly("NQ-DHXIII", "NQ-DHXX-TU");
  }

  @Test
  void numbersStayOnTheLineOfTheirDocumentWordAndAreNotTimes() {
    assertThat(refs("Thực hiện Nghị quyết 12 của Huyện ủy.")).extracting(DocumentRef::number).containsExactly("12");
    assertThat(refs("Các xã vượt kế hoạch 14:20 ngày 3/4.")).isEmpty();
    assertThat(refs("Thực hiện Nghị quyết chuyên đề số 03-NQ/TU về cán bộ trẻ."))
        .extracting(DocumentRef::number).containsExactly("03-NQ/TU");
  }
}
