package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.canbo.model.DocumentRef;
import org.junit.jupiter.api.Test;

/** The 25 real excerpts of ../shared/dev; skipped where the shared directory is absent. */
class DevSetDocumentRefsTest {
  private static final Path DEV = Path.of("../shared/dev");

  @Test
  void devSetScoresAtTheMeasuredLevel() throws IOException {
    assumeTrue(Files.isDirectory(DEV.resolve("texts")) && Files.isDirectory(DEV.resolve("gold")),
        "no dev set at " + DEV.toAbsolutePath());
    DocumentRefScorer scorer = new DocumentRefScorer();
    Map<String, List<DocumentRef>> gold = scorer.readGoldDir(DEV.resolve("gold"));
    Map<String, List<DocumentRef>> predicted = new TreeMap<>();
    try (Stream<Path> texts = Files.list(DEV.resolve("texts"))) {
      for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = t.getFileName().toString().replaceFirst("\\.txt$", "");
        predicted.put(id, DocumentTestSupport.extract(t));
      }
    }
    DocumentRefScore s = scorer.score(gold, predicted);
    // Measured P = R = F1 = 1.000 (11 of 11); the issue asks F1 >= 0.85 on dev and held-out texts.
    assertThat(s.f1()).as(s.summary()).isGreaterThanOrEqualTo(0.95);
  }
}
