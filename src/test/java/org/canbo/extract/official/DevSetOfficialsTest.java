package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.canbo.extract.eval.OfficialGoldReader;
import org.canbo.extract.eval.OfficialScoreReport;
import org.canbo.extract.eval.OfficialScorer;
import org.canbo.model.Official;
import org.junit.jupiter.api.Test;

/**
 * The real excerpts of ../shared/dev and ../shared/dev2 less the blind set of issue 9
 * (src/test/resources/eval/blind-set.txt, scored once by the lead, never here); skipped where the
 * shared directory is absent.
 */
class DevSetOfficialsTest {
  private static final List<Path> SETS = List.of(Path.of("../shared/dev"), Path.of("../shared/dev2"));
  private static final Path BLIND = Path.of("src/test/resources/eval/blind-set.txt");

  @Test
  void devSetsScoreAtTheMeasuredLevel() throws IOException {
    for (Path set : SETS) {
      assumeTrue(Files.isDirectory(set.resolve("texts")) && Files.isDirectory(set.resolve("gold")),
          "no dev set at " + set.toAbsolutePath());
    }
    Set<String> blind = Files.readAllLines(BLIND).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    Map<String, List<Official>> gold = new TreeMap<>();
    Map<String, List<Official>> found = new TreeMap<>();
    for (Path set : SETS) {
      new OfficialGoldReader().readDir(set.resolve("gold")).forEach((id, o) -> {
        if (!blind.contains(id)) {
          gold.put(id, o);
          found.put(id, OfficialTestSupport.extract(set.resolve("texts").resolve(id + ".txt")));
        }
      });
    }
    OfficialScoreReport r = new OfficialScorer().score(gold, found);
    System.out.print("dev " + r.summary());
    // Measured on the 65 excerpts: P = R = F1 = 1.000 (74 officials), title recall 0.940, every
    // official at confidence >= 0.8 (the default model is trained on these excerpts; with models
    // trained without the scored fold, 5-fold, the same).
    assertThat(gold).hasSize(65);
    assertThat(r.f1()).as(r.summary()).isGreaterThanOrEqualTo(0.97);
    assertThat(r.titleRecall()).as(r.summary()).isGreaterThanOrEqualTo(0.91);
  }
}
