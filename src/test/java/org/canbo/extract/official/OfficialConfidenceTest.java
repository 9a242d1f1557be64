package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.canbo.extract.official.MentionEvidence.Finders;
import org.canbo.extract.official.MentionLinker.Tie;
import org.canbo.model.Official;
import org.junit.jupiter.api.Test;

/** Confidence: in [0, 1] on every official, and ordered by the strength of the evidence. */
class OfficialConfidenceTest {
  private static MentionEvidence evidence(Tie tie, boolean honorific, Finders finders) {
    return new MentionEvidence(tie, honorific, true, 3, finders, false, false);
  }

  @Test
  void everyOfficialOfTheSeedsHasAConfidenceInTheUnitInterval() throws Exception {
    List<Official> all = OfficialTestSupport.extractDir(Path.of("corpus")).values().stream()
        .flatMap(List::stream).toList();
    assertThat(all).isNotEmpty();
    assertThat(all).allSatisfy(o -> assertThat(o.confidence()).isBetween(0.0, 1.0));
  }

  @Test
  void strongerEvidenceGivesHigherConfidence() {
    double adjacent = OfficialConfidence.of(List.of(evidence(Tie.APPOSITION, true,
        Finders.RULES_AND_MODEL)));
    double byVerb = OfficialConfidence.of(List.of(evidence(Tie.NEW_POST, true, Finders.RULES)));
    double shared = OfficialConfidence.of(List.of(evidence(Tie.SHARED_POST, false, Finders.RULES)));
    double modelOnly = OfficialConfidence.of(List.of(evidence(Tie.POST_BEFORE, false,
        Finders.MODEL)));
    assertThat(adjacent).isGreaterThan(0.95);
    assertThat(byVerb).isLessThan(adjacent).isGreaterThan(shared);
    assertThat(modelOnly).isLessThan(byVerb).isLessThan(0.7);
  }

  @Test
  void furtherMentionsRaiseButNeverPassOne() {
    MentionEvidence weak = evidence(Tie.SHARED_POST, false, Finders.RULES);
    double once = OfficialConfidence.of(List.of(weak));
    double thrice = OfficialConfidence.of(List.of(weak, weak, weak));
    assertThat(thrice).isGreaterThan(once).isLessThanOrEqualTo(1.0);
  }

  @Test
  void aBarePostBeforeAnUnknownBodyIsBelowTheHighBand() {
    double known = OfficialTestSupport.extract("Ông Lê Văn Bình, Phó Chủ tịch UBND huyện, phát"
        + " biểu.").get(0).confidence();
    double unknown = OfficialTestSupport.extract("Ông Lê Văn Bình, phó chủ tịch hiệp hội câu lạc"
        + " bộ, phát biểu.").get(0).confidence();
    assertThat(known).isGreaterThanOrEqualTo(0.8);
    assertThat(unknown).isLessThan(0.8);
  }

  @Test
  void anOfficialNeedsEvidence() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OfficialConfidence.of(List.of()));
    assertThat(e).hasMessageContaining("at least one mention");
  }

  @Test
  void aTitleGivenByAVerbToCoordinatedNamesIsLessCertainThanAnAdjacentOne() {
    List<Official> found = OfficialTestSupport.extract("Ông Lê Văn Hải, Bí thư Huyện ủy, phát"
        + " biểu. Các đồng chí Trịnh Minh Sơn và Đặng Thu Hà được bầu làm Phó Bí thư Huyện ủy.");
    assertThat(found).hasSize(3);
    assertThat(found.get(0).confidence()).isGreaterThan(found.get(2).confidence());
  }
}
