package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped input path is one line naming it, exit 1, before any work: no empty index, no trace. */
class MissingInputTest {
  @TempDir Path tmp;

  @Test
  void everyCommandNamesTheMissingPath() {
    String missing = tmp.resolve("corpsu").toString();
    String index = tmp.resolve("index").toString();
    List<List<String>> commands = List.of(
        List.of("ingest", "--in-process", "--index", index, missing),
        List.of("ingest", "--in-process", "--index", index, "corpus", missing),
        List.of("run", "--in-process", "--index", index, "--out-dir", tmp.resolve("out").toString(),
            missing),
        List.of("extract", "--in-process", missing),
        List.of("clean", missing),
        List.of("eval", "--gold", missing, "corpus"),
        List.of("eval", "--gold", "corpus", missing),
        List.of("eval-segmenter", missing),
        List.of("ingest", "--in-process", "--index", index, "--ner-model", missing, "corpus"),
        List.of("search", "--index", missing, "cán bộ"),
        List.of("export", "--index", missing));
    for (List<String> args : commands) {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(ExitCodes.FATAL);
      assertThat(run.err().lines().toList()).as(args.toString()).hasSize(1)
          .allSatisfy(l -> assertThat(l).contains("no such file or directory: " + missing));
    }
    assertThat(Files.exists(Path.of(index))).as("no index made for a mistyped corpus").isFalse();
    assertThat(Files.exists(tmp.resolve("out"))).isFalse();
  }

  @Test
  void anExistingPathIsNotReportedMissing() {
    List<String> args = new ArrayList<>(List.of("extract", "--in-process", "--dataset", "articles",
        "corpus/000_7ea46ac1337f9b94.txt"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Quảng Yên");
  }
}
