package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConlluEvaluatorTest {
  private static VietnameseSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = VietnameseSegmenter.load();
  }

  @Test
  void scoresWordSpansAndSkipsRangesAndComments() throws IOException {
    String conllu = """
        # sent_id = 1
        # text = Bí thư Huyện ủy phát biểu .
        1\tBí thư\t_\tNOUN\t_\t_\t0\troot\t_\t_
        2\tHuyện\t_\tNOUN\t_\t_\t1\tnmod\t_\t_
        3\tủy\t_\tNOUN\t_\t_\t1\tnmod\t_\t_
        4-5\tphát biểu\t_\t_\t_\t_\t_\t_\t_\t_
        4\tphát biểu\t_\tVERB\t_\t_\t1\tacl\t_\t_
        5\t.\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_

        """;
    SegmentationScore score = new ConlluEvaluator(segmenter)
        .evaluate(new BufferedReader(new StringReader(conllu)), null);
    // ours: Bí_thư Huyện_ủy phát_biểu . → 4 words, 3 of them gold; gold has 5 words.
    assertThat(score.sentences()).isEqualTo(1);
    assertThat(score.syllables()).isEqualTo(7);
    assertThat(score.gold()).isEqualTo(5);
    assertThat(score.predicted()).isEqualTo(4);
    assertThat(score.correct()).isEqualTo(3);
    assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
  }

  /** Reads the shared treebank only when it is there; nothing from it is kept in the project. */
  @Test
  void reachesTheQualityTargetOnUdVtbDev() throws IOException {
    Path dev = Path.of("../shared/ud-vtb/vi_vtb-ud-dev.conllu");
    assumeTrue(Files.isRegularFile(dev), "no " + dev);
    try (BufferedReader in = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
      SegmentationScore score = new ConlluEvaluator(segmenter).evaluate(in, null);
      assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    }
  }
}
