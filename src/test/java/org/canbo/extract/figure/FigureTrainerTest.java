package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelling drafts from gold, training, cross-validation and the model file's version check. */
class FigureTrainerTest {
  private static final ArticleMetadata META =
      new ArticleMetadata("Luân chuyển 7 cán bộ", "2022-05-01", null, null, "huyện Tân Phước");
  private static final String TEXT = "Luân chuyển 7 cán bộ\nHuyện đã luân chuyển 7 cán bộ về xã. "
      + "Huyện có diện tích 320 km2 và 12 chi bộ. Năm nay kỷ luật 2 đảng viên.";

  private static Figure gold(String text, int value, String category) {
    return new Figure(text, BigDecimal.valueOf(value), "count", null, null, false, category, null,
        "value", null, null, null, null, null, "t", -1, 0, text.length(), 1.0);
  }

  @Test
  void draftsAreLabelledByTheGoldTheyStateAndRestatementsTooOthersAreNone() {
    FigureExtractor.Analysis a = FigureTestSupport.EXTRACTOR.analyse("t", TEXT, META);
    List<String> labels = GoldAlignment.labels(a.drafts(),
        List.of(gold("7 cán bộ", 7, "rotation"), gold("2 đảng viên", 2, "discipline")));
    assertThat(a.drafts()).extracting(d -> d.rule().text())
        .containsExactly("7 cán bộ", "7 cán bộ", "12 chi bộ", "2 đảng viên");
    assertThat(labels).containsExactly("rotation", "rotation", Decision.NONE, "discipline");
  }

  @Test
  void aTrainedModelFollowsItsDataAndTwoFoldCrossValidationDecidesEveryArticle(@TempDir Path tmp)
      throws IOException {
    FigureTrainer trainer = new FigureTrainer();
    FigureExtractor.Analysis a = FigureTestSupport.EXTRACTOR.analyse("a", TEXT, META);
    FigureExtractor.Analysis b = FigureTestSupport.EXTRACTOR.analyse("b",
        "Tỉnh đã kỷ luật 9 đảng viên và luân chuyển 4 cán bộ.", META);
    List<Figure> goldA = List.of(gold("7 cán bộ", 7, "rotation"), gold("2 đảng viên", 2, "discipline"));
    List<Figure> goldB = List.of(gold("9 đảng viên", 9, "discipline"), gold("4 cán bộ", 4, "rotation"));
    trainer.add(a, goldA);
    trainer.add(b, goldB);
    FigureModel model = trainer.train();
    assertThat(model.description()).contains("on 2 articles");
    Path file = tmp.resolve("m.model");
    model.write(file);
    FigureModel read = FigureModel.read(file);
    assertThat(FigureTestSupport.EXTRACTOR.figures(b, new HybridDecider(read)))
        .extracting(Figure::category).containsExactly("discipline", "rotation");

    Map<String, List<Figure>> cv = FigureCrossValidation.predict(FigureTestSupport.EXTRACTOR,
        Map.of("a", a, "b", b), Map.of("a", goldA, "b", goldB), 2, FigureTrainer.L2_COST);
    assertThat(cv).containsOnlyKeys("a", "b");
    assertThat(cv.get("b")).allSatisfy(f -> assertThat(f.confidence()).isBetween(0.0, 1.0));
  }

  @Test
  void aModelForAnotherFeatureSetIsRefusedWithAHintToRetrain(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("old.model");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeUTF("canbo figure model");
      out.writeUTF("0");
      out.writeUTF("old");
    }
    IOException e = assertThrows(IOException.class, () -> FigureModel.read(file));
    assertThat(e).hasMessageContaining("retrain it with 'canbo train-figures'");
  }
}
