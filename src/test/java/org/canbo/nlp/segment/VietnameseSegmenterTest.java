package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.nlp.segment.SegmenterAssertions.assertWellFormed;
import static org.canbo.nlp.segment.SegmenterAssertions.underscored;

import java.util.List;
import org.canbo.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseSegmenterTest {
  private static VietnameseSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = VietnameseSegmenter.load();
  }

  private static String segment(String text) {
    List<Span> spans = segmenter.segment(text);
    assertWellFormed(text, spans);
    return underscored(text, spans);
  }

  /** Sentences from the seed articles in corpus/, segmented by hand. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên | Đồng_chí Hồ_Văn_Vịnh , Bí_thư Thị_ủy Quảng_Yên
      Bà Nông Thị Hương, Phó Bí thư Huyện uỷ | Bà Nông_Thị_Hương , Phó_Bí_thư Huyện_uỷ
      Ban Thường vụ Huyện ủy Cao Lộc đã chỉ đạo | Ban Thường_vụ Huyện_ủy Cao_Lộc đã chỉ_đạo
      Thực hiện Nghị quyết số 67, ngày 11/9/2013 của Ban Chấp hành Đảng bộ tỉnh | Thực_hiện Nghị_quyết số 67 , ngày 11/9/2013 của Ban_Chấp_hành Đảng_bộ tỉnh
      chuẩn về chuyên môn đạt 96,9% (tăng 7,34%) | chuẩn về chuyên_môn đạt 96,9% ( tăng 7,34% )
      Nghị quyết số 04-NQ/TU của Tỉnh ủy | Nghị_quyết số 04-NQ/TU của Tỉnh_ủy
      Quy định số 02 - QĐ/HU, ngày 16/4/2018 | Quy_định số 02_-_QĐ/HU , ngày 16/4/2018
      Chủ tịch UBND TX. Quảng Yên | Chủ_tịch UBND TX. Quảng_Yên
      Sở NN&PTNT tỉnh Long An | Sở NN&PTNT tỉnh Long_An
      nhiệm kỳ 2016-2018 có 13.000 cán bộ | nhiệm_kỳ 2016-2018 có 13.000 cán_bộ
      luân chuyển 12/16 đồng chí về huyện Điện Biên Đông | luân_chuyển 12/16 đồng_chí về huyện Điện_Biên_Đông
      Thứ Năm, 30/05/2019, 07:35 [GMT+7] | Thứ_Năm , 30/05/2019 , 07:35 [ GMT + 7 ]
      Hiện Quảng Ninh có 13.000 cán bộ. | Hiện Quảng_Ninh có 13.000 cán_bộ .
      Huyện Điện Biên Đông tổ chức hội nghị | Huyện Điện_Biên_Đông tổ_chức hội_nghị
      Ban Bí thư T.Ư chỉ đạo TP. Hồ Chí Minh | Ban_Bí_thư T.Ư chỉ_đạo TP. Hồ_Chí_Minh
      liên hệ ban@baoquangninh.vn hoặc http://baoquangninh.vn/tin-tuc.html | liên_hệ ban@baoquangninh.vn hoặc http://baoquangninh.vn/tin-tuc.html
      """)
  void segmentsSeedSentences(String text, String expected) {
    assertThat(segment(text)).isEqualTo(expected);
  }

  @Test
  void toneVariantsSegmentAlike() {
    assertThat(segment("Thành uỷ Hoà Bình chỉ đạo thuỷ lợi"))
        .isEqualTo("Thành_uỷ Hoà_Bình chỉ_đạo thuỷ_lợi");
    assertThat(segment("Thành ủy Hòa Bình chỉ đạo thủy lợi"))
        .isEqualTo("Thành_ủy Hòa_Bình chỉ_đạo thủy_lợi");
  }

  @Test
  void namesAreTyped() {
    String text = "ông Nguyễn Văn Thắng";
    List<Span> spans = segmenter.segment(text);
    assertThat(spans).extracting(Span::type).containsExactly("word", "name");
    assertThat(spans.get(1).coveredText(text)).isEqualTo("Nguyễn Văn Thắng");
  }

  @Test
  void emptyAndBlankTextHaveNoWords() {
    assertThat(segmenter.segment("")).isEmpty();
    assertThat(segmenter.segment(" \t\n\u00A0 ")).isEmpty();
  }

  @Test
  void emojiStayWholeCodePoints() {
    String text = "cán bộ 😀👍🏽 vui";
    assertThat(segment(text)).isEqualTo("cán_bộ 😀 👍🏽 vui");
  }

  @Test
  void englishTextIsWordPerWord() {
    assertThat(segment("The quick brown fox jumps over the lazy dog."))
        .isEqualTo("The quick brown fox jumps over the lazy dog .");
  }

  @Test
  void textWithoutDiacriticsIsCoveredAndNeverJoinedAcrossPunctuation() {
    String text = "xay dung doi ngu can bo, lanh dao quan ly";
    String out = segment(text);
    assertThat(out.replace("_", " ").replace(" ,", ",")).isEqualTo(text);
    assertThat(out).contains(" , ");
  }

  @Test
  void megabyteLineIsSegmentedLikeItsSentences() {
    String sentence = "Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên phát biểu tại hội nghị. ";
    String text = sentence.repeat(1_048_576 / sentence.length() + 1);
    List<Span> spans = segmenter.segment(text);
    assertWellFormed(text, spans);
    int perSentence = segmenter.segment(sentence).size();
    assertThat(spans).hasSize(perSentence * (1_048_576 / sentence.length() + 1));
  }
}
