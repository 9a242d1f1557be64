package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.canbo.model.Period;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
  private static final ArticleMetadata META =
      new ArticleMetadata(null, "2020-08-09", null, null, "huyện Cao Lộc");

  private static List<Figure> extract(String text) {
    return FigureTestSupport.extract(text, META);
  }

  @Test
  void documentNumbersOrdinalsAndCountersAreNotFigures() {
    assertThat(extract("Thực hiện Nghị quyết số 67, Kế hoạch 63 của Huyện ủy, Quy định số 02 - QĐ/HU."))
        .isEmpty();
    assertThat(extract("Đại hội Đảng toàn quốc lần thứ 14; Nghị quyết Trung ương 4 (khóa XII)."))
        .isEmpty();
    assertThat(extract("Lượt xem: 8658. Thời gian chuyển đổi trung bình là 3 năm.")).isEmpty();
    assertThat(extract("Qua hơn 5 năm thực hiện, tình hình có 3 cấp chuyển biến.")).isEmpty();
  }

  @Test
  void elidedNounsTakeTheTotalsNoun() {
    List<Figure> f = extract("Đã thi hành kỷ luật 29 tổ chức Đảng, với hình thức: Khiển trách 26, cảnh cáo 03.");
    assertThat(f).extracting(Figure::unit).containsOnly("tổ chức đảng");
    assertThat(f).extracting(Figure::subcategory).containsExactly(null, "khiển trách", "cảnh cáo");
    assertThat(f.get(1).partOf()).isEqualTo("29 tổ chức Đảng");
    assertThat(f.get(0).check()).isEqualTo("ok");
  }

  @Test
  void periodCarriesIntoContinuingSentencesAndStopsAfterOthers() {
    List<Figure> f = extract("Huyện tổ chức tổng kết. Công tác cán bộ có nhiều chuyển biến. "
        + "Năm 2018, huyện đã luân chuyển 9 cán bộ. Trong đó, 2 cán bộ nữ. "
        + "Huyện tổ chức hội nghị. Hội nghị có nhiều ý kiến. Có 5 cán bộ được bổ nhiệm.");
    assertThat(f).extracting(Figure::period)
        .containsExactly(Period.of("2018"), Period.of("2018"), null);
    assertThat(f).extracting(Figure::category).containsExactly("rotation", "rotation", "appointment");
  }

  @Test
  void stockTotalsHaveNoPeriodAndSinceRunsToPublication() {
    List<Figure> f = extract("Từ năm 2014 đến nay, đã luân chuyển 9 đồng chí. "
        + "Hiện nay, cán bộ cấp huyện chuẩn về chuyên môn đạt 96,9% (tăng 7,34%).");
    assertThat(f.get(0).period()).isEqualTo(new Period("2014", "2020-08-09"));
    assertThat(f.get(1).period()).isNull();
    assertThat(f.get(1).subcategory()).isEqualTo("chuyên môn");
    assertThat(f.get(2).role()).isEqualTo("delta");
  }

  @Test
  void scopeFollowsTheUnitNamedInTheSentenceOrListItem() {
    List<Figure> f = extract("Tại huyện Thanh Trì, đã luân chuyển 12 đồng chí. "
        + "Các đảng bộ kết nạp đảng viên: huyện Tuy Phong (110,62%); Công an tỉnh (158,18%). "
        + "Cả nước có 2.000 đảng viên.");
    assertThat(f).extracting(Figure::scope)
        .containsExactly("huyện Thanh Trì", "huyện Tuy Phong", "huyện Thanh Trì", "cả nước");
  }

  @Test
  void targetsAndDeltas() {
    List<Figure> f = extract("Tỷ lệ cán bộ trẻ tăng hơn 10%, tỷ lệ cán bộ nữ giảm 0,3%. "
        + "Phấn đấu nâng tỷ lệ chủ tịch xã không là người địa phương lên 50%.");
    assertThat(f).extracting(Figure::role).containsExactly("delta", "delta", "target");
    assertThat(f.get(0).approx()).isTrue();
    assertThat(f.get(2).category()).isEqualTo("nonlocal_leader");
  }

  @Test
  void restatementsAreOneFigure() {
    List<Figure> f = extract("Có 182 tổ chức đảng bị kỷ luật. Cụ thể, đã kỷ luật 182 tổ chức Đảng.");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).sentence()).isZero();
  }
}
