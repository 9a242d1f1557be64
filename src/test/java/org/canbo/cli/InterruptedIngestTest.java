package org.canbo.cli;

import org.canbo.Await;
import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.canbo.index.CorpusSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL half-way leaves the index at its previous commit, and re-running
 * the same command completes it without duplicates.
 */
class InterruptedIngestTest {
  private static final int FILES = 1500;
  @TempDir Path tmp;

  @Test
  void killedIngestKeepsThePreviousCommitAndReRunCompletesIt() throws Exception {
    Path index = tmp.resolve("index");
    assertThat(CliRun.of("ingest", "--in-process", "--index", index.toString(), "corpus").exitCode())
        .isZero();
    Path big = tmp.resolve("big");
    BenchCommand.Replicator.replicate(Path.of("corpus"), big, FILES);

    Set<String> before = names(index);
    Process ingest = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CanboCommand.class.getName(), "ingest", "--in-process", "--allow-duplicates",
            "--index", index.toString(), big.toString()))
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("ingest.log").toFile())
        .start();
    waitForWriter(index, before, ingest);
    ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      assertThat(searcher.count()).as("previous commit").isEqualTo(5);
    }
    // The replicas repeat the seeds' content: indexing them again must be asked for.
    CliRun rerun = CliRun.of("ingest", "--in-process", "--allow-duplicates", "--index",
        index.toString(), big.toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      assertThat(searcher.count()).isEqualTo(5 + FILES);
    }
  }

  /**
   * Waits until the child writes index files of its own (stored fields go to disk as documents are
   * added, long before the commit at the end of the batch) or exits; it must still be running.
   */
  private static void waitForWriter(Path index, Set<String> before, Process p) throws Exception {
    Await.until("the ingest to write index files",
        () -> !p.isAlive() || !names(index).equals(before));
    assertThat(p.isAlive()).as("ingest still running when killed").isTrue();
  }

  private static Set<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
