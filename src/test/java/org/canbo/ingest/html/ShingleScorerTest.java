package org.canbo.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
  @Test
  void shinglesAreFourTokenMultisets() {
    assertThat(ShingleScorer.shingles("a b c d e a b c d"))
        .containsEntry("a b c d", 2).containsEntry("b c d e", 1).hasSize(5);
    assertThat(ShingleScorer.shingles("Hà Nội, 2020")).containsOnlyKeys("Hà Nội 2020");
    assertThat(ShingleScorer.shingles("")).isEmpty();
  }

  @Test
  void countsTruePositivesFalsePositivesAndMisses() {
    PageScore s = ShingleScorer.score("k", "một hai ba bốn năm sáu", "một hai ba bốn năm bảy");
    // true: [một..bốn, hai..năm, ba..sáu]; predicted: [một..bốn, hai..năm, ba..bảy]
    assertThat(s).isEqualTo(new PageScore("k", 2, 1, 1));
    assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void precisionAveragesOnlyPagesWithAPrediction() {
    PageScore perfect = ShingleScorer.score("a", "a b c d e", "a b c d e");
    PageScore empty = ShingleScorer.score("b", "a b c d e", "");
    BenchSummary summary = BenchSummary.of(List.of(perfect, empty));
    assertThat(summary.pages()).isEqualTo(2);
    assertThat(summary.precision()).isEqualTo(1.0);
    assertThat(summary.recall()).isEqualTo(0.5);
    assertThat(summary.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }
}
