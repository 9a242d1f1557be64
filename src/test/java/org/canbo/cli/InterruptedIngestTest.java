package org.canbo.cli;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.canbo.index.CorpusSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL half-way leaves the index at its previous commit, and re-running
 * the same command completes it without duplicates.
 */
class InterruptedIngestTest {
  @TempDir Path tmp;

  @Test
  void killedIngestKeepsThePreviousCommitAndReRunCompletesIt() throws Exception {
    Path index = tmp.resolve("index");
    assertThat(CliRun.of("ingest", "--in-process", "--index", index.toString(), "corpus").exitCode())
        .isZero();
    Path big = tmp.resolve("big");
    BenchCommand.Replicator.replicate(Path.of("corpus"), big, 3000);

    Process ingest = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CanboCommand.class.getName(), "ingest", "--in-process", "--index", index.toString(),
            big.toString()))
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("ingest.log").toFile())
        .start();
    waitForWriter(index, ingest);
    ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      assertThat(searcher.count()).as("previous commit").isEqualTo(5);
    }
    CliRun rerun = CliRun.of("ingest", "--in-process", "--index", index.toString(), big.toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      assertThat(searcher.count()).isEqualTo(5 + 3000);
    }
  }

  /** Waits until the child has opened the writer and indexed some documents (segment files). */
  private static void waitForWriter(Path index, Process p) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive()) {
      try (var files = Files.list(index)) {
        long pending = files.filter(f -> !f.getFileName().toString().startsWith("segments")
            && !f.getFileName().toString().equals("write.lock")).count();
        if (Files.exists(index.resolve("write.lock")) && pending > 12) {
          return;
        }
      }
      Thread.sleep(50);
    }
    assertThat(p.isAlive()).as("ingest still running when killed").isTrue();
  }
}
