package org.canbo.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.canbo.model.Official;
import org.junit.jupiter.api.Test;

class OfficialScorerTest {
  private static Official official(String name, String... titles) {
    return new Official(name, List.of(titles), null, null, "d", 0, 0, name.length(), 1.0);
  }

  @Test
  void matchesNamesAcrossNormalisationAndScoresTitlesOverMatches() {
    String nfd = java.text.Normalizer.normalize("Trần Văn Hòa", java.text.Normalizer.Form.NFD);
    Map<String, List<Official>> gold = Map.of("d", List.of(
        official("Trần Văn Hoà", "Bí thư Huyện uỷ", "Chủ tịch HĐND huyện"),
        official("Lê Thị Lan", "Giám đốc Sở Nội vụ")));
    Map<String, List<Official>> predicted = Map.of("d", List.of(
        official(nfd, "Bí thư Huyện ủy"),
        official("Nguyễn Chiến", "Phó Chủ tịch")));
    OfficialScoreReport r = new OfficialScorer().score(gold, predicted);
    assertThat(r.truePositives()).isEqualTo(1);
    assertThat(r.falsePositives()).isEqualTo(1);
    assertThat(r.falseNegatives()).isEqualTo(1);
    assertThat(r.f1()).isEqualTo(0.5);
    assertThat(r.titleRecall()).isEqualTo(0.5);
    assertThat(r.misses()).extracting(Official::name).containsExactly("Lê Thị Lan");
    assertThat(r.falseAlarms()).extracting(Official::name).containsExactly("Nguyễn Chiến");
  }
}
