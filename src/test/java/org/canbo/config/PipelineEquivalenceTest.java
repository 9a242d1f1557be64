package org.canbo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canbo.config.EquivalenceSnapshot.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard pipeline's output (figures, officials, documents, places, bodies, sentences,
 * metadata) and the index hits of a few queries stay exactly what the snapshots under
 * {@code src/test/resources/equivalence/} recorded: refactors and speed-ups must not change them.
 * To change the output deliberately, regenerate and review the diff:
 * {@code mvn -B -o test -Dtest=PipelineEquivalenceTest -Dcanbo.equivalence.write=true}.
 */
class PipelineEquivalenceTest {
  private static final Path SNAPSHOTS = Path.of("src/test/resources/equivalence");
  private static final Path SHARED = Path.of("../shared");
  private static final boolean WRITE = Boolean.getBoolean("canbo.equivalence.write");
  private static Models models;

  @BeforeAll
  static void load() {
    models = Models.load();
  }

  @Test
  void seedsGiveTheRecordedItemsAndHits(@TempDir Path index) throws IOException {
    check("seeds.jsonl", List.of(new Corpus("seeds", Path.of("corpus"), true)), index);
  }

  @Test
  void devSetsGiveTheRecordedDigestsAndHits(@TempDir Path index) throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("dev/texts")), "../shared/dev is absent");
    check("dev.jsonl", List.of(
        new Corpus("dev", SHARED.resolve("dev/texts"), false),
        new Corpus("dev2", SHARED.resolve("dev2/texts"), false)), index);
  }

  private static void check(String name, List<Corpus> corpora, Path index) throws IOException {
    List<String> actual = EquivalenceSnapshot.lines(models, corpora, index);
    Path snapshot = SNAPSHOTS.resolve(name);
    if (WRITE) {
      Files.createDirectories(SNAPSHOTS);
      Files.write(snapshot, EquivalenceSnapshot.utf8(actual));
    }
    List<String> expected = Files.readAllLines(snapshot, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertThat(actual.get(i)).as("line %d of %s", i + 1, name).isEqualTo(expected.get(i));
    }
    assertThat(actual).as("lines of " + name).hasSameSizeAs(expected);
  }
}
