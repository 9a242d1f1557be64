package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.extract.eval.OfficialGoldReader;
import org.canbo.extract.eval.OfficialScoreReport;
import org.canbo.extract.eval.OfficialScorer;
import org.junit.jupiter.api.Test;

/** The 25 real excerpts of ../shared/dev; skipped where the shared directory is absent. */
class DevSetOfficialsTest {
  private static final Path DEV = Path.of("../shared/dev");

  @Test
  void devSetScoresAtTheMeasuredLevel() throws IOException {
    assumeTrue(Files.isDirectory(DEV.resolve("texts")) && Files.isDirectory(DEV.resolve("gold")),
        "no dev set at " + DEV.toAbsolutePath());
    OfficialScoreReport r = new OfficialScorer().score(
        new OfficialGoldReader().readDir(DEV.resolve("gold")),
        OfficialTestSupport.extractDir(DEV.resolve("texts")));
    System.out.print("dev " + r.summary());
    // Measured P = R = F1 = 1.000 (17 officials), title recall 0.897; the issue asks F1 >= 0.85.
    assertThat(r.f1()).as(r.summary()).isGreaterThanOrEqualTo(0.94);
    assertThat(r.titleRecall()).as(r.summary()).isGreaterThanOrEqualTo(0.85);
  }
}
