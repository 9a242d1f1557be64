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
  void trainsFromGoldDirectoriesLeavingOutExcludedIds(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Path texts = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(gold.resolve("a.gold.jsonl"), "{\"type\": \"official\", \"name\": \"Lê Văn"
        + " Tám\", \"titles\": [\"Bí thư Huyện ủy\"], \"org_locality\": null}\n");
    Files.writeString(gold.resolve("b.gold.jsonl"), "{\"type\": \"meta\"}\n");
    Files.writeString(texts.resolve("a.txt"), "Ông Lê Văn Tám, Bí thư Huyện ủy, phát biểu.\n");
    Files.writeString(texts.resolve("b.txt"), "Huyện đã luân chuyển 12 cán bộ.\n");
    Files.writeString(dir.resolve("blind.txt"), "# blind\nb\n");
    Path data = dir.resolve("gold.train");
    CliRun run = CliRun.of("train-ner", "--gold", gold.toString(), "--texts", texts.toString(),
        "--exclude", dir.resolve("blind.txt").toString(), "--write-data", data.toString(),
        "--out", dir.resolve("m.bin").toString(), "--iterations", "10");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 articles, 1 names marked", "wrote");
    assertThat(Files.readString(data)).contains("Ông <START:person> Lê_Văn_Tám <END> ,")
        .doesNotContain("luân_chuyển");
    assertThat(dir.resolve("m.bin")).isNotEmptyFile();
  }

  @Test
  void goldWithoutItsTextsIsFatal(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("a.gold.jsonl"), "{\"type\": \"meta\"}\n");
    CliRun run = CliRun.of("train-ner", "--gold", gold.toString(), "--out",
        dir.resolve("m.bin").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err()).contains("no text a.txt");
  }

  @Test
  void missingDataIsFatal(@TempDir Path dir) {
    CliRun run = CliRun.of("train-ner", "--data", dir.resolve("x").toString(), "--out",
        dir.resolve("m.bin").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err()).contains("no such file or directory: " + dir.resolve("x"));
  }
}
