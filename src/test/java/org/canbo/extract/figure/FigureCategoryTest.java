package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The figure categories' codes, Vietnamese labels and the names a figure condition may use. */
class FigureCategoryTest {
  @Test
  void codeLabelAndAliasesFindTheCategoryWithOrWithoutDiacritics() {
    for (String name : List.of("rotation", "ROTATION", "Luân chuyển", "luân  chuyển", "luan chuyen")) {
      assertThat(FigureCategory.byName(name)).as(name).contains(FigureCategory.ROTATION);
    }
    assertThat(FigureCategory.byName("nonlocal_leader")).contains(FigureCategory.NONLOCAL_LEADER);
    assertThat(FigureCategory.byName("không phải người địa phương"))
        .contains(FigureCategory.NONLOCAL_LEADER);
    assertThat(FigureCategory.byName("kỷ luật")).contains(FigureCategory.DISCIPLINE);
    assertThat(FigureCategory.byName("Kỉ luật")).contains(FigureCategory.DISCIPLINE);
    assertThat(FigureCategory.byName("đánh giá, xếp loại")).contains(FigureCategory.EVALUATION);
    assertThat(FigureCategory.byName("xep loai")).contains(FigureCategory.EVALUATION);
    // NFD input (combining marks), as some pages send it.
    assertThat(FigureCategory.byName("Đa\u0300o ta\u0323o")).contains(FigureCategory.TRAINING);
    assertThat(FigureCategory.byName("rot")).isEmpty();
    assertThat(FigureCategory.byName("")).isEmpty();
    assertThat(FigureCategory.byName(null)).isEmpty();
  }

  @Test
  void noNameStandsForTwoCategories() {
    Map<String, FigureCategory> seen = new HashMap<>();
    for (FigureCategory c : FigureCategory.values()) {
      for (String name : c.names()) {
        FigureCategory before = seen.put(FigureCategory.fold(name), c);
        assertThat(before).as(name).isIn(null, c);
      }
      assertThat(c.code()).matches("[a-z_]+");
      assertThat(c.label()).isNotBlank();
    }
  }

  @Test
  void everyCategoryTheVocabularyAssignsIsKnown() throws IOException {
    String vocabulary;
    try (InputStream in = FigureCategory.class.getResourceAsStream("vocabulary.tsv")) {
      vocabulary = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> assigned = vocabulary.lines().map(l -> l.split("\t"))
        .filter(f -> f.length == 3 && (f[0].equals("CAT") || f[0].equals("STRONG")))
        .map(f -> f[2]).filter(c -> !c.equals("-")).distinct().toList();
    assertThat(assigned).hasSizeGreaterThan(10).allSatisfy(code ->
        assertThat(FigureCategory.byName(code).map(FigureCategory::code)).contains(code));
    assertThat(Stream.of(FigureCategory.values()).map(FigureCategory::code))
        .containsAll(assigned);
    assertThat(FigureCategory.describeAll()).startsWith("rotation (luân chuyển), transfer (điều động)");
  }
}
