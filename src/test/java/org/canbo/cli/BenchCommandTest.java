package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code canbo bench} on the seed corpus: every copy ingested, both rates and the latencies printed. */
class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void replicatesIngestsAndReportsBothHalvesAndLatency() {
    CliRun run = CliRun.of("bench", "--in-process", "--files", "12", "--queries", "5",
        "--workdir", tmp.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("corpus: 12 files", "ingested: 12", "failed: 0")
        .containsPattern("throughput: [\\d.]+ docs/s")
        .containsPattern("second half of the files \\(warmed up, before the final commit\\): [\\d.]+ docs/s")
        .containsPattern("search latency over 5 queries .*p50 [\\d.]+ ms, p99 [\\d.]+ ms");
    assertThat(tmp.resolve("corpus/copy-00002/001_8ddd9710a79e22ff.txt")).exists();
    assertThat(Files.isDirectory(tmp.resolve("index"))).isTrue();
  }

  @Test
  void halfwayClockTimesOnlyTheSecondHalf() {
    BenchCommand.HalfwayClock clock = new BenchCommand.HalfwayClock(4);
    clock.fileDone();
    assertThat(clock.secondHalfNanos()).isZero();
    clock.fileDone(); // half done: the clock starts
    clock.fileDone();
    assertThat(clock.secondHalfNanos()).as("not finished yet").isZero();
    clock.fileDone();
    assertThat(clock.secondHalfNanos()).isPositive();
  }
}
