package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.canbo.TestModels;
import org.canbo.nlp.ner.NameFinderTrainer;
import org.canbo.nlp.ner.PersonNameModel;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.WordTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training data from gold directories, and a tiny model trained from it. */
class NerDataWriterTest {
  private static final String GOLD_A = """
      {"type": "meta", "title": "t", "date": null, "source": null, "author": null, "locality": null}
      {"type": "official", "name": "Trần Văn Bảy", "titles": ["Bí thư Huyện ủy"], "org_locality": null}
      """;
  private static final String TEXT_A = "Đồng chí Trần Văn Bảy, Bí thư Huyện ủy, phát biểu.\n"
      + "Ông Trần Văn Bảy đề nghị các xã làm tốt công tác cán bộ.\n";
  private static final String GOLD_B = """
      {"type": "official", "name": "Lò Thị Hoà", "titles": ["Chủ tịch UBND huyện"], "org_locality": null}
      """;
  private static final String TEXT_B = "Bà Lò Thị Hòa, Chủ tịch UBND huyện, cho biết huyện đã luân"
      + " chuyển 12 cán bộ.\n";

  private static Path corpus(Path dir) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(gold.resolve("a.gold.jsonl"), GOLD_A);
    Files.writeString(gold.resolve("b.gold.jsonl"), GOLD_B);
    Files.writeString(texts.resolve("a.txt"), TEXT_A);
    Files.writeString(texts.resolve("b.txt"), TEXT_B);
    return gold;
  }

  private static String data(List<GoldArticles.Article> articles) throws IOException {
    WordTokenizer words = new WordTokenizer(TestModels.SEGMENTER, OfficialTestSupport.GAZETTEER,
        PostVocabulary.load());
    StringWriter out = new StringWriter();
    new NerDataWriter(words, OfficialTestSupport.GAZETTEER).write(articles, out);
    return out.toString();
  }

  @Test
  void marksEveryMentionOfAGoldNameAcrossToneMarks(@TempDir Path dir) throws IOException {
    List<GoldArticles.Article> articles = GoldArticles.read(List.of(corpus(dir)), List.of(),
        id -> true);
    assertThat(articles).extracting(GoldArticles.Article::id).containsExactly("a", "b");
    String data = data(articles);
    assertThat(data).contains("Đồng_chí <START:person> Trần_Văn_Bảy <END> ,",
        "Ông <START:person> Trần_Văn_Bảy <END> đề_nghị", "Bà <START:person> Lò_Thị_Hòa <END> ,");
    assertThat(data.split("\n\n")).hasSize(2); // a blank line after each article
  }

  @Test
  void leavesOutExcludedIdsAndNeedsEveryText(@TempDir Path dir) throws IOException {
    Path gold = corpus(dir);
    assertThat(GoldArticles.read(List.of(gold), List.of(), id -> !id.equals("a")))
        .extracting(GoldArticles.Article::id).containsExactly("b");
    Files.delete(dir.resolve("texts/b.txt"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldArticles.read(List.of(gold), List.of(), id -> true));
    assertThat(e).hasMessageContaining("b.txt");
  }

  @Test
  void aTinyModelTrainedFromGoldFindsANewName(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("tiny.train");
    Files.writeString(data, data(GoldArticles.read(List.of(corpus(dir)), List.of(), id -> true))
        .repeat(5));
    Path model = dir.resolve("tiny.bin");
    new NameFinderTrainer(70, 1).train(data, model);
    TokenNameFinder finder = PersonNameModel.load(Optional.of(model)).newFinder();
    assertThat(finder.find(new String[] {"Đồng_chí", "Hà_Văn_Sáu", ",", "Bí_thư", "Huyện_ủy", ","}))
        .containsExactly(new Span(1, 2, "person"));
  }
}
