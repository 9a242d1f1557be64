package org.canbo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.canbo.TestModels;
import org.canbo.extract.CanonicalStage;
import org.canbo.extract.OfficialStage;
import org.canbo.extract.PlaceStage;
import org.canbo.extract.official.OfficialExtractor;
import org.canbo.extract.SentenceStage;
import org.canbo.extract.WordStage;
import org.canbo.extract.place.PlaceFinder;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.LayerKeys;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.sentence.Sentence;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final String TEXT = "Ban Thường vụ Tỉnh ủy Hà Giang đã điều động 25 cán bộ. "
      + "Đồng chí Nguyễn Văn Sơn được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.";
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void aStageBeforeTheLayerItNeedsFailsWhenBuiltNamingStageAndLayer() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.of(List.of(
        new WordStage(TestModels.SEGMENTER), new SentenceStage(GAZETTEER))));
    assertThat(e).hasMessage(
        "stage WordStage requires layer 'sentences' which no earlier stage provides");
  }

  @Test
  void aFinderBeforeTheCanonicalTextFailsWhenBuilt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.of(List.of(
        new PlaceStage(new PlaceFinder(GAZETTEER)), new CanonicalStage())));
    assertThat(e).hasMessage(
        "stage PlaceStage requires layer 'canonical' which no earlier stage provides");
  }

  @Test
  void theOfficialsStageReadsTheCanonicalTextSoNeedsItBefore() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.of(List.of(
        new SentenceStage(GAZETTEER), new WordStage(TestModels.SEGMENTER),
        new OfficialStage(OfficialExtractor.load(GAZETTEER, TestModels.SEGMENTER, Optional.empty())),
        new CanonicalStage())));
    assertThat(e).hasMessage(
        "stage OfficialStage requires layer 'canonical' which no earlier stage provides");
  }

  @Test
  void theCanonicalLayerHasCanonicalToneMarksAndItsLowerCaseAtTheTextsOffsets() {
    String text = "Huyện uỷ Hoà Bình";
    Document doc = Pipeline.of(List.of(new CanonicalStage()))
        .apply(Document.of("d", null, text, ArticleMetadata.EMPTY));
    assertThat(doc.layer(CanonicalStage.CANONICAL).canonical()).isEqualTo("Huyện ủy Hòa Bình");
    assertThat(doc.layer(CanonicalStage.CANONICAL).lower()).isEqualTo("huyện ủy hòa bình");
  }

  @Test
  void sentencesThenWordsGiveEachSentenceItsSegmentedWords() {
    Document doc = Pipeline.of(List.of(new SentenceStage(GAZETTEER),
        new WordStage(TestModels.SEGMENTER))).apply(Document.of("d", null, TEXT, ArticleMetadata.EMPTY));

    List<Sentence> sentences = doc.layer(SentenceStage.SENTENCES);
    assertThat(sentences).extracting(s -> s.text(TEXT)).containsExactly(
        "Ban Thường vụ Tỉnh ủy Hà Giang đã điều động 25 cán bộ.",
        "Đồng chí Nguyễn Văn Sơn được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.");
    assertThat(doc.layer(LayerKeys.SENTENCES)).hasSize(2); // the stored span layer too
    SentenceWords.Words second = doc.layer(WordStage.WORDS).of(1);
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < second.size(); i++) {
      words.add(TEXT.substring(second.start(i), second.end(i)));
    }
    assertThat(words).contains("Đồng chí", "Nguyễn Văn Sơn", "bổ nhiệm", "Phó Chủ tịch", "UBND");
    assertThat(doc.layer(WordStage.WORDS).of(1)).isSameAs(second); // segmented once
  }

  @Test
  void readingALayerNoStageProvidedNamesTheLayer() {
    Document doc = Document.of("d", null, TEXT, ArticleMetadata.EMPTY);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> doc.layer(WordStage.WORDS));
    assertThat(e).hasMessageContaining("no layer 'words'");
  }
}
