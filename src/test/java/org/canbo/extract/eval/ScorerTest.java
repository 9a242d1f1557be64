package org.canbo.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one matcher behind the figure, official and document-reference scores. */
class ScorerTest {
  /** Items are written "key" or "key?" (optional); two match when their keys are equal. */
  private static final Scorer<String> SCORER = new Scorer<>(
      (g, p) -> key(g).equals(key(p)), g -> g.endsWith("?"), p -> p.endsWith("?"));

  @Test
  void oneToOneInTextOrderAcrossDocuments() {
    Scorer.Result<String> r = SCORER.score(
        Map.of("a", List.of("Nguyễn Văn An", "Lê Thị Hoa", "Nguyễn Văn An"), "b", List.of("Trần Bình")),
        Map.of("a", List.of("Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn Văn An"), "c", List.of("Hà Nội")));
    assertThat(r.matches()).extracting(Scorer.Match::predicted)
        .containsExactly("Nguyễn Văn An", "Nguyễn Văn An");
    assertThat(r.falseAlarms()).containsExactly("Nguyễn Văn An", "Hà Nội");
    assertThat(r.misses()).containsExactly("Lê Thị Hoa", "Trần Bình");
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.recall()).isEqualTo(0.5);
  }

  @Test
  void optionalGoldIsNoMissAndOptionalPredictionsComeLastAndAreNeverFalse() {
    // "hai?" would take the gold "hai" first if tried in text order; tried last, "hai" does.
    Scorer.Result<String> r = SCORER.score(
        Map.of("a", List.of("hai", "ba?")),
        Map.of("a", List.of("hai?", "hai", "năm?")));
    assertThat(r.matches()).extracting(Scorer.Match::predicted).containsExactly("hai");
    assertThat(r.falseAlarms()).isEmpty();
    assertThat(r.misses()).isEmpty();
    assertThat(r.f1()).isEqualTo(1.0);
  }

  private static String key(String item) {
    return item.replace("?", "");
  }
}
