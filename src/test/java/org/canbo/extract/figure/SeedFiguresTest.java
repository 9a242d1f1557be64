package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.extract.eval.FigureScorer;
import org.canbo.extract.eval.GoldReader;
import org.canbo.extract.eval.ScoreReport;
import org.canbo.model.Figure;
import org.canbo.model.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SeedFiguresTest {
  private static final Path CORPUS = Path.of("corpus");
  private static final Path GOLD = Path.of("src/test/resources/gold");

  private static ScoreReport score(String doc) throws IOException {
    List<Figure> gold = new GoldReader().readFile(doc, GOLD.resolve(doc + ".gold.jsonl"));
    List<Figure> predicted = FigureTestSupport.extract(CORPUS.resolve(doc + ".txt")).figures();
    return new FigureScorer().score(Map.of(doc, gold), Map.of(doc, predicted));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_7ea46ac1337f9b94", "001_8ddd9710a79e22ff", "002_fbd45eba101a796a",
      "003_e149c863b3391813", "004_690c6362d5cbac14"})
  void everySeedMatchesItsGold(String doc) throws IOException {
    ScoreReport r = score(doc);
    assertThat(r.f1()).as(r.summary() + r.misses() + r.falseAlarms()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.attributeAccuracy().get("role")).isGreaterThanOrEqualTo(0.9);
    assertThat(r.attributeAccuracy().get("period")).isGreaterThanOrEqualTo(0.9);
    assertThat(r.attributeAccuracy().get("scope")).isGreaterThanOrEqualTo(0.9);
  }

  private static Figure find(List<Figure> figures, String text) {
    return figures.stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + figures));
  }

  @Test
  void disciplineTotalAndFormsAddUp() {
    var x = FigureTestSupport.extract(CORPUS.resolve("000_7ea46ac1337f9b94.txt"));
    Figure total = find(x.figures(), "47 cán bộ, công chức, viên chức");
    assertThat(total.category()).isEqualTo("discipline");
    assertThat(total.check()).isEqualTo("ok");
    assertThat(total.period()).isEqualTo(new Period(null, "2019-05-30"));
    assertThat(total.periodText()).startsWith("từ đầu nhiệm kỳ");
    Figure warning = find(x.figures(), "9 trường hợp");
    assertThat(warning.subcategory()).isEqualTo("cảnh cáo");
    assertThat(warning.partOf()).isEqualTo("47 cán bộ, công chức, viên chức");
    assertThat(x.text().substring(warning.start(), warning.end())).isEqualTo("9 trường hợp");
    Figure approx = find(x.figures(), "gần 13.000 lượt cán bộ");
    assertThat(approx.value()).isEqualByComparingTo("13000");
    assertThat(approx.approx()).isTrue();
    assertThat(approx.unit()).isEqualTo("lượt cán bộ");
  }

  @Test
  void rotationBreakdownThatDoesNotAddUpIsFlagged() {
    var x = FigureTestSupport.extract(CORPUS.resolve("003_e149c863b3391813.txt"));
    Figure total = find(x.figures(), "164 đồng chí");
    assertThat(total.check()).isEqualTo("mismatch");
    assertThat(total.scope()).isEqualTo("tỉnh Điện Biên");
    // The period of "Từ năm 2010 đến nay" carries into the following sentences of the statement.
    assertThat(x.figures()).extracting(Figure::subcategory)
        .containsExactly(null, "dọc", "tỉnh->huyện", "huyện->tỉnh", "huyện->xã", "xã->huyện");
    assertThat(x.figures()).filteredOn(f -> "164 đồng chí".equals(f.partOf())).hasSize(3);
    assertThat(x.figures()).extracting(Figure::period)
        .containsOnly(new Period("2010", "2018-10-03"));
  }

  @Test
  void scopeSwitchesCarryAndRolesAreRead() {
    var x = FigureTestSupport.extract(CORPUS.resolve("004_690c6362d5cbac14.txt"));
    Figure ratio = find(x.figures(), "12/16 đồng chí");
    assertThat(ratio.kind()).isEqualTo("ratio");
    assertThat(ratio.denominator()).isEqualByComparingTo(BigDecimal.valueOf(16));
    assertThat(ratio.scope()).isEqualTo("huyện Thanh Trì");
    assertThat(find(x.figures(), "3,1%").role()).isEqualTo("delta");
    Figure target = find(x.figures(), "50%");
    assertThat(target.role()).isEqualTo("target");
    assertThat(target.period()).isEqualTo(Period.of("2023"));
    assertThat(find(x.figures(), "91 đồng chí").scope()).isEqualTo("huyện Phúc Thọ");
    assertThat(find(x.figures(), "6/42 đồng chí").period()).isEqualTo(Period.of("2021-11"));
  }

  @Test
  void labelsDatesAndDurationsAreNotFigures() {
    var x = FigureTestSupport.extract(CORPUS.resolve("001_8ddd9710a79e22ff.txt"));
    // "Nghị quyết số 67", "11/9/2013", "hơn 5 năm thực hiện", "6 tháng đầu năm 2019" are not figures.
    assertThat(x.figures()).extracting(f -> f.value().toPlainString())
        .doesNotContain("67", "11", "5", "6");
    var views = FigureTestSupport.extract(CORPUS.resolve("003_e149c863b3391813.txt"));
    assertThat(views.figures()).extracting(f -> f.value().toPlainString())
        .doesNotContain("8658", "3", "2018").contains("164");
  }
}
