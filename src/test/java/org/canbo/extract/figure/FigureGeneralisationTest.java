package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.canbo.model.Period;
import org.junit.jupiter.api.Test;

/**
 * What the figure extractor does with the forms of language rather than with given words, on
 * sentences written for these tests in the style of provincial party news.
 */
class FigureGeneralisationTest {
  private static final ArticleMetadata META =
      new ArticleMetadata(null, "2022-12-20", null, null, "huyện Tân Phước");

  private static List<Figure> extract(String text) {
    return FigureTestSupport.extract(text, META);
  }

  private static Figure find(List<Figure> figures, String text) {
    return figures.stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure \"" + text + "\" in " + figures));
  }

  @Test
  void countedNounsAreOpenClassButNeverMoneyAreaAgeOrTime() {
    List<Figure> f = extract("Sở Y tế đã điều động 12 bác sĩ về trạm y tế xã. Tòa án tỉnh bổ nhiệm "
        + "5 thẩm phán và 3 trưởng phòng. Huyện có diện tích 320 km2, ngân sách 150 tỷ đồng; trong "
        + "6 tháng qua, nhiều cán bộ 55 tuổi được bồi dưỡng.");
    assertThat(f).extracting(Figure::text)
        .containsExactly("12 bác sĩ", "5 thẩm phán", "3 trưởng phòng");
    assertThat(f).extracting(Figure::category).containsExactly("transfer", "appointment", "appointment");
    assertThat(f).extracting(Figure::unit).containsExactly("bác sĩ", "thẩm phán", "trưởng phòng");
  }

  @Test
  void labelledListsAndNumbersBeforeTheirNounTakeTheTotalsNoun() {
    List<Figure> f = extract("Năm 2022, huyện đã luân chuyển 24 cán bộ, trong đó nữ 9, trẻ 5. "
        + "Kết quả bầu cử Ban Chấp hành Đảng bộ huyện: Nữ: 12; dân tộc thiểu số: 7; tái cử: 20.");
    Figure women = f.get(1);
    assertThat(women.value()).isEqualByComparingTo("9");
    assertThat(women.unit()).isEqualTo("cán bộ");
    assertThat(women.category()).isEqualTo("rotation");
    assertThat(women.partOf()).isEqualTo("24 cán bộ");
    assertThat(f.subList(3, 6)).extracting(Figure::value)
        .containsExactly(new BigDecimal("12"), new BigDecimal("7"), new BigDecimal("20"));
    assertThat(f.subList(3, 6)).extracting(Figure::category).containsOnly("nomination");
  }

  @Test
  void aRangeIsTwoApproximateFiguresSharingTheirNoun() {
    List<Figure> f = extract("Dự kiến mỗi đảng ủy xã có 15-19 ủy viên ban chấp hành.");
    assertThat(f).extracting(Figure::value).containsExactly(new BigDecimal("15"), new BigDecimal("19"));
    assertThat(f).allSatisfy(x -> {
      assertThat(x.approx()).isTrue();
      assertThat(x.unit()).isEqualTo("ủy viên");
    });
    assertThat(extract("Quà tặng dịp 2 - 9 đã được trao cho cán bộ hưu trí.")).isEmpty();
  }

  @Test
  void partInTotalTakesTheTotalsNounAndLinksToIt() {
    List<Figure> f = extract("Có 17 trong tổng số 40 đại biểu được bầu vào ban chấp hành khóa mới.");
    assertThat(f).extracting(Figure::value).containsExactly(new BigDecimal("17"), new BigDecimal("40"));
    assertThat(f.get(0).unit()).isEqualTo("đại biểu");
    assertThat(f.get(0).category()).isEqualTo("nomination");
  }

  @Test
  void anElectedCommitteeIsANominationAPlannedOneIsStaffing() {
    Figure elected = extract("Đại hội đã bầu Ban Chấp hành Đảng bộ huyện gồm 37 đồng chí.").get(0);
    assertThat(elected.category()).isEqualTo("nomination");
    Figure planned = extract("Dự kiến Ban Chấp hành khóa mới gồm 39 đồng chí.").get(0);
    assertThat(planned.category()).isEqualTo("staffing");
    assertThat(planned.role()).isEqualTo("target");
  }

  @Test
  void aJointCountOfActionsIncludingRotationIsRotation() {
    Figure f = extract("Cả huyện đã điều động, luân chuyển, bổ nhiệm và giới thiệu ứng cử "
        + "86 lượt cán bộ.").get(0);
    assertThat(f.category()).isEqualTo("rotation");
    assertThat(f.unit()).isEqualTo("lượt cán bộ");
  }

  @Test
  void countsOfPartyBodiesAreOtherUnlessDisciplinedOrRated() {
    List<Figure> f = extract("Toàn đảng bộ có 52 chi bộ cơ sở. Năm 2022 đã kết nạp 118 đảng viên. "
        + "Ủy ban kiểm tra đã thi hành kỷ luật 3 tổ chức đảng.");
    assertThat(find(f, "52 chi bộ cơ sở").category()).isEqualTo("other");
    assertThat(find(f, "118 đảng viên").category()).isEqualTo("party_membership");
    assertThat(find(f, "3 tổ chức đảng").category()).isEqualTo("discipline");
  }

  @Test
  void theLeadPeriodDatesLaterFiguresButABodysTermDoesNotCarry() {
    List<Figure> f = extract("Hội nghị tổng kết công tác kiểm tra năm 2021 diễn ra chiều qua. "
        + "Ban Thường vụ Huyện ủy Tân Phước nhiệm kỳ 2015-2020 đã bị kiểm điểm. "
        + "Các cấp ủy đã thi hành kỷ luật 21 đảng viên. Phấn đấu đến năm 2025 kết nạp 300 đảng viên.");
    assertThat(find(f, "21 đảng viên").period()).isEqualTo(Period.of("2021"));
    assertThat(find(f, "300 đảng viên").period()).isEqualTo(new Period(null, "2025"));
  }

  @Test
  void scopeOpensWithABulletOrABodyAndSeveralDistrictsMeanTheirProvince() {
    List<Figure> f = extract("* Huyện Cái Bè: kết nạp 120 đảng viên. "
        + "Theo Ủy ban Kiểm tra tỉnh Tiền Giang, đã kỷ luật 40 đảng viên. "
        + "Huyện ủy Cái Bè, Huyện ủy Cai Lậy đã luân chuyển 12 cán bộ.");
    assertThat(find(f, "120 đảng viên").scope()).isEqualTo("huyện Cái Bè");
    assertThat(find(f, "40 đảng viên").scope()).isEqualTo("tỉnh Tiền Giang");
    assertThat(find(f, "12 cán bộ").scope()).isEqualTo("tỉnh Tiền Giang");
  }

  @Test
  void everyShippedFigureHasAConfidenceAndConfidentOnesComeFromClearStatements() {
    List<Figure> f = FigureTestSupport.SHIPPED.extract("t", "Năm 2022, huyện đã thi hành kỷ "
        + "luật 21 đảng viên, trong đó khiển trách 15, cảnh cáo 6. Có 3 cán bộ nhiều năm.", META);
    assertThat(f).isNotEmpty().allSatisfy(x -> assertThat(x.confidence()).isBetween(0.0, 1.0));
    assertThat(find(f, "21 đảng viên").confidence()).isGreaterThan(0.5);
  }

  @Test
  void aTableCellTakesItsColumnHeadersCategoryAndItsRowsUnit() {
    List<Figure> f = extract("Kết quả công tác cán bộ năm 2022 của các huyện:\n"
        + "Huyện | Luân chuyển | Kỷ luật | Số đảng viên mới\n"
        + "Cao Lộc | 12 | 3 | 120\n"
        + "Văn Lãng | 8 | 1 | 95\n");
    assertThat(f).extracting(Figure::category).containsExactly("rotation", "discipline",
        "party_membership", "rotation", "discipline", "party_membership");
    assertThat(f).extracting(Figure::scope).containsExactly("huyện Cao Lộc", "huyện Cao Lộc",
        "huyện Cao Lộc", "huyện Văn Lãng", "huyện Văn Lãng", "huyện Văn Lãng");
    assertThat(f.get(2).unit()).isEqualTo("đảng viên");
    assertThat(f).allSatisfy(x -> assertThat(x.period()).isEqualTo(Period.of("2022")));
  }
}
