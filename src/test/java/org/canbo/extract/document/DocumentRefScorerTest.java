package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching on (doc_type, number) after whitespace removal, NFC and tone-mark normalisation. */
class DocumentRefScorerTest {
  private final DocumentRefScorer scorer = new DocumentRefScorer();

  private static DocumentRef ref(String type, String number) {
    return new DocumentRef(type, number, null, null, null, null, null, null, "d", -1, 0, 0, 1.0);
  }

  @Test
  void whitespaceAndEthDoNotMatter() {
    DocumentRefScore s = scorer.score(
        Map.of("d", List.of(ref("Quy định", "02 - QÐ/HU"), ref("Nghị quyết", null))),
        Map.of("d", List.of(ref("Quy định", "02-QĐ/HU"), ref("Nghị quyết", null))));
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void oneToOneWithMissesAndFalseAlarms() {
    DocumentRefScore s = scorer.score(
        Map.of("d", List.of(ref("Nghị quyết", null), ref("Kế hoạch", "63"))),
        Map.of("d", List.of(ref("Nghị quyết", null), ref("Nghị quyết", null)), "e", List.of(ref("Chỉ thị", "05"))));
    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(2);
    assertThat(s.falseNegatives()).isEqualTo(1);
    assertThat(s.misses()).extracting(DocumentRef::number).containsExactly("63");
    assertThat(s.precision()).isEqualTo(1.0 / 3);
    assertThat(s.summary()).contains("miss  d Kế hoạch 63");
  }

  @Test
  void precisionByConfidenceBand() {
    DocumentRefScore s = scorer.score(
        Map.of("d", List.of(ref("Nghị quyết", "04-NQ/TU"), ref("Quy chế", null))),
        Map.of("d", List.of(ref("Nghị quyết", "04-NQ/TU").withConfidence(0.95),
            ref("Quy chế", null).withConfidence(0.55), ref("Kết luận", null).withConfidence(0.5))));
    assertThat(s.band(0.8, 1.01)).containsExactly(1, 0);
    assertThat(s.band(0.0, 0.6)).containsExactly(1, 1);
    assertThat(s.summary()).contains("confidence >= 0.8  P=1.000 (tp=1 fp=0)")
        .contains("confidence <  0.6  P=0.500 (tp=1 fp=1)")
        .contains("false d Kết luận null 0.50");
  }

  @Test
  void readsOnlyDocumentRefLines(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.gold.jsonl"), """
        {"type": "meta", "title": "x"}
        {"type": "document_ref", "doc_type": "Nghị quyết", "number": "04-NQ/TU", "date": null, "issuer": "Thành ủy", "term": null, "plenum": null}
        """);
    Map<String, List<DocumentRef>> gold = scorer.readGoldDir(dir);
    assertThat(gold.get("a")).extracting(DocumentRef::number, DocumentRef::issuer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("04-NQ/TU", "Thành ủy"));
  }
}
