package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code canbo bench-stages} on the seed corpus: a row for reading, each standard stage and the
 * index (each article's fields and inversion, then the commit), and the total. Only the rows are
 * checked, never the times.
 */
class BenchStagesCommandTest {
  @Test
  void reportsReadingEachStageAndTheIndex() {
    CliRun run = CliRun.of("bench-stages", "--rounds", "1", "--warmup", "0");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("5 articles, CPU time of one thread")
        .containsPattern("read \\(parse, clean, metadata\\) +[\\d.]+ ms/article")
        .containsPattern("OfficialStage +[\\d.]+ ms/article")
        .containsPattern("index \\(fields, inversion\\) +[\\d.]+ ms/article")
        .containsPattern("index commit \\(process CPU\\) +[\\d.]+ ms/article")
        .containsPattern("total +[\\d.]+ ms/article = \\d+ articles/s per core");
  }
}
