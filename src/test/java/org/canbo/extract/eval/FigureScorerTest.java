package org.canbo.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.model.Figure;
import org.canbo.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureScorerTest {
  private static String line(String text, int value, String category, String role) {
    return "{\"type\": \"figure\", \"text\": \"" + text + "\", \"value\": " + value
        + ", \"kind\": \"count\", \"denominator\": null, \"unit\": \"cán bộ\", \"approx\": false,"
        + " \"category\": \"" + category + "\", \"subcategory\": null, \"role\": \"" + role + "\","
        + " \"period\": {\"start\": \"2018\", \"end\": \"2018\"}, \"scope\": \"huyện A\","
        + " \"part_of\": null}";
  }

  private static Figure predicted(int value, String category, String role) {
    String text = value + " cán bộ";
    return new Figure(text, BigDecimal.valueOf(value), "count", null, "cán bộ", false, category,
        null, role, Period.of("2018"), null, "huyện A", null, null, "a", 0, 0, text.length(), 1.0);
  }

  @Test
  void scoresATinyGoldDir(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.gold.jsonl"), String.join("\n",
        "{\"type\": \"meta\", \"title\": null}",
        line("10 cán bộ", 10, "rotation", "value"),
        line("5 cán bộ", 5, "discipline", "value"),
        line("3 cán bộ", 3, "training", "value"),
        line("7 cán bộ", 7, "other", "value")));
    Map<String, List<Figure>> gold = new GoldReader().readDir(dir);
    assertThat(gold.get("a")).hasSize(4);

    ScoreReport r = new FigureScorer().score(gold, Map.of("a", List.of(
        predicted(10, "rotation", "value"),
        predicted(5, "discipline", "delta"),
        predicted(4, "training", "value"))));
    // 2 matched; the 4 is a false alarm; the 3 is a miss; the unmatched "other" 7 is optional.
    assertThat(r.truePositives()).isEqualTo(2);
    assertThat(r.falsePositives()).isEqualTo(1);
    assertThat(r.falseNegatives()).isEqualTo(1);
    assertThat(r.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.attributeAccuracy().get("role")).isEqualTo(0.5);
    assertThat(r.attributeAccuracy().get("period")).isEqualTo(1.0);
    assertThat(r.misses()).extracting(Figure::text).containsExactly("3 cán bộ");
    assertThat(r.falseAlarms()).extracting(Figure::text).containsExactly("4 cán bộ");
  }

  @Test
  void predictionsMatchingOptionalOtherAreNotFalseAlarms() {
    Figure g = predicted(7, "other", "value");
    ScoreReport r = new FigureScorer().score(Map.of("a", List.of(g)),
        Map.of("a", List.of(predicted(7, "other", "value"))));
    assertThat(r.falsePositives()).isZero();
    assertThat(r.f1()).isEqualTo(1.0);
  }

  @Test
  void figuresWrittenInWordsAreOptionalButMatchWhatIsLeft() {
    Figure digits = predicted(2, "discipline", "value");
    Figure hai = new Figure("hai cán bộ", BigDecimal.valueOf(2), "count", null, "cán bộ", false,
        "discipline", null, "value", null, null, null, null, null, "a", 1, 0, 10, 0.5);
    Figure ba = new Figure("ba cán bộ", BigDecimal.valueOf(3), "count", null, "cán bộ", false,
        "discipline", null, "value", null, null, null, null, null, "a", 1, 0, 9, 0.5);
    // the digit prediction takes the gold figure; the unmatched word figures are not false alarms
    ScoreReport r = new FigureScorer().score(Map.of("a", List.of(digits)),
        Map.of("a", List.of(hai, ba, predicted(2, "discipline", "value"))));
    assertThat(r.truePositives()).isEqualTo(1);
    assertThat(r.falsePositives()).isZero();
    assertThat(r.matches().get(0)[1].text()).isEqualTo("2 cán bộ");
    // with no digit prediction, the word figure may match
    ScoreReport words = new FigureScorer().score(Map.of("a", List.of(digits)),
        Map.of("a", List.of(hai)));
    assertThat(words.truePositives()).isEqualTo(1);
  }
}
