package org.canbo.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.canbo.extract.figure.Vocabulary;
import org.junit.jupiter.api.Test;

class NumberRecognizerTest {
  private final NumberRecognizer recognizer = new NumberRecognizer();

  private List<NumberMention> find(String text) {
    return recognizer.find(text, Vocabulary.normalise(text), 0, text.length());
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void vietnameseSeparators() {
    assertThat(VietnameseNumbers.parseDigits("13.000")).contains(n("13000"));
    assertThat(VietnameseNumbers.parseDigits("96,9")).contains(n("96.9"));
    assertThat(VietnameseNumbers.parseDigits("1.234,5")).contains(n("1234.5"));
    assertThat(VietnameseNumbers.parseDigits("03")).contains(n("3"));
    assertThat(VietnameseNumbers.parseDigits("23.11.2017")).isEmpty();
    assertThat(VietnameseNumbers.normalise(n("13000")).toString()).isEqualTo("13000");
  }

  @Test
  void percentagesAndQualifiers() {
    List<NumberMention> m = find("đạt 96,9% (tăng 7,34%), gần 13.000 lượt, trên 4,8%, khoảng 50 %");
    assertThat(m).extracting(NumberMention::value)
        .containsExactly(n("96.9"), n("7.34"), n("13000"), n("4.8"), n("50"));
    assertThat(m).extracting(NumberMention::kind)
        .containsExactly("percent", "percent", "count", "percent", "percent");
    assertThat(m).extracting(NumberMention::approx).containsExactly(false, false, true, true, true);
    assertThat(find("từ 7% trở lên").get(0).approx()).isTrue();
    assertThat(find("xấp xỉ 20 người").get(0).approx()).isTrue();
  }

  @Test
  void ratiosAreToldApartFromDates() {
    NumberMention r = find("sắp xếp 12/16 đồng chí").get(0);
    assertThat(r.kind()).isEqualTo("ratio");
    assertThat(r.value()).isEqualTo(n("12"));
    assertThat(r.denominator()).isEqualTo(n("16"));
    assertThat(find("ngày 11/9/2013 của Ban Chấp hành")).isEmpty();
    assertThat(find("sáng nay (6/10), Phó Chủ tịch")).isEmpty();
    assertThat(find("tháng 3/2023")).isEmpty();
    assertThat(find("đợt 1/2020")).isEmpty();
    assertThat(find("hết ngày 30/9 có")).isEmpty();
  }

  @Test
  void rangesYearsAndTimesAreNotNumbers() {
    assertThat(find("giai đoạn 2016-2018")).isEmpty();
    assertThat(find("nhiệm kỳ 2020 – 2025")).isEmpty();
    assertThat(find("ngày 18 - 25/7/2019")).isEmpty();
    assertThat(find("Thứ Năm, 30/05/2019, 07:35")).isEmpty();
    assertThat(find("23.11.2017 - 8:20")).isEmpty();
    assertThat(find("năm 2018")).isEmpty();
  }

  @Test
  void numberWordsAndMultipliers() {
    assertThat(find("hai trường hợp").get(0).value()).isEqualTo(n("2"));
    assertThat(find("hơn 16 nghìn học viên").get(0).value()).isEqualTo(n("16000"));
    assertThat(find("hơn 16 nghìn học viên").get(0).approx()).isTrue();
    assertThat(find("hai mươi mốt người").get(0).value()).isEqualTo(n("21"));
    assertThat(find("mười lăm cán bộ").get(0).value()).isEqualTo(n("15"));
    assertThat(find("một trăm linh năm cán bộ").get(0).value()).isEqualTo(n("105"));
    // "năm" is also "year" and "một" also "a": alone they are not numbers.
    assertThat(find("năm qua, một số cán bộ")).isEmpty();
  }

  @Test
  void rangesGiveBothBoundsApproximateWithTheNounAfterTheUpperOne() {
    List<NumberMention> m = find("dự kiến có 80-90 đại biểu");
    assertThat(m).extracting(NumberMention::value).containsExactly(n("80"), n("90"));
    assertThat(m).allMatch(NumberMention::approx);
    assertThat(m.get(0).isRangeStart()).isTrue();
    assertThat(m.get(0).phraseEnd()).isEqualTo(m.get(1).end());
    assertThat(find("từ 27 - 33 người")).hasSize(2);
    assertThat(find("59 đại biểu từ 30 đến 40 tuổi")).extracting(NumberMention::approx)
        .containsExactly(false, true, true);
    // "đến" without "từ" is not a range bound
    assertThat(find("tăng 3 đến 5 lần")).extracting(NumberMention::approx).containsExactly(false, false);
  }

  @Test
  void percentWrittenInWords() {
    NumberMention m = find("chiếm trên 63 phần trăm số cán bộ").get(0);
    assertThat(m.kind()).isEqualTo("percent");
    assertThat(m.value()).isEqualTo(n("63"));
    assertThat(m.approx()).isTrue();
  }
}
