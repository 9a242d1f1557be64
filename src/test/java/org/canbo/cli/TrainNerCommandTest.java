package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {
  @Test
  void trainsAModelFromTheShippedData(@TempDir Path dir) {
    Path model = dir.resolve("m.bin");
    CliRun run = CliRun.of("train-ner", "--data",
        "src/main/resources/org/canbo/nlp/ner/person-ner.train", "--out", model.toString(),
        "--iterations", "20");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote");
    assertThat(Files.exists(model)).isTrue();
  }

  @Test
  void missingDataIsFatal(@TempDir Path dir) {
    CliRun run = CliRun.of("train-ner", "--data", dir.resolve("x").toString(), "--out",
        dir.resolve("m.bin").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err()).contains("no training data");
  }
}
