package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, cross-validating and using a figure model, and filtering by confidence, on the seeds. */
class FigureModelCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> figures(CliRun run) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void trainFiguresWritesAModelThatExtractUsesWithConfidence(@TempDir Path tmp) throws IOException {
    Path model = tmp.resolve("seeds.model");
    CliRun train = CliRun.of("train-figures", "--in-process", "--gold", "src/test/resources/gold",
        "--out", model.toString(), "corpus");
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.out()).contains("on 5 articles");
    assertThat(model).isNotEmptyFile();

    CliRun all = CliRun.of("extract", "--in-process", "--figure-model", model.toString(), "corpus");
    assertThat(all.exitCode()).as(all.err()).isZero();
    List<JsonNode> figures = figures(all);
    assertThat(figures).hasSize(49)
        .allSatisfy(f -> assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0));

    CliRun confident = CliRun.of("extract", "--in-process", "--figure-model", model.toString(),
        "--min-confidence", "0.8", "corpus");
    List<JsonNode> kept = figures(confident);
    assertThat(kept).isNotEmpty().hasSizeLessThan(figures.size())
        .allSatisfy(f -> assertThat(f.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.8));
  }

  @Test
  void aModelOfAnotherFormatOrAMissingGoldIsAClearError(@TempDir Path tmp) throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.model"), "not a model");
    CliRun run = CliRun.of("extract", "--in-process", "--figure-model", junk.toString(), "corpus");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot read the figure model");
    CliRun noGold = CliRun.of("train-figures", "--in-process", "--gold", tmp.resolve("none").toString(),
        "--out", tmp.resolve("m").toString(), "corpus");
    assertThat(noGold.exitCode()).isEqualTo(1);
    assertThat(noGold.err()).contains("no such file or directory: " + tmp.resolve("none"));
  }

  @Test
  void evalCrossValidatesTheModelBesideTheRules() {
    CliRun run = CliRun.of("eval", "--in-process", "--folds", "2", "--gold", "src/test/resources/gold",
        "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("rules alone: figures: P=").contains("model, 2-fold cross-validation")
        .contains("rules with the model's confidence (shipped), 2-fold").contains(">= 0.8");
  }

  @Test
  void minConfidenceOutsideZeroToOneIsRefused() {
    CliRun run = CliRun.of("extract", "--in-process", "--min-confidence", "2", "corpus");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("--min-confidence must be between 0 and 1");
  }
}
