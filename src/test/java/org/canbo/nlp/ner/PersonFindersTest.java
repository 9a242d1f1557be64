package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import org.canbo.TestModels;
import org.canbo.model.Span;
import org.junit.jupiter.api.Test;

/** The dictionary and regex finders over syllable tokens, and the adapters to character spans. */
class PersonFindersTest {
  private static final PostVocabulary VOCABULARY = PostVocabulary.load();

  private static List<String> covered(String text, List<Span> spans) {
    return spans.stream().map(s -> s.coveredText(text)).toList();
  }

  /** What a regex finder finds in {@code text}, as covered strings. */
  private static List<String> found(TokenNameFinder finder, String text) {
    Tokens t = Tokens.syllables(text, 0, text.length());
    return covered(text, t.charSpans(finder.find(t.tokens())));
  }

  @Test
  void syllableTokensKeepOffsetsAndTypeWordDots() {
    String text = "Chủ tịch HĐND TP. Hà Nội, Sở NN&PTNT (đ/c Lê Văn Tám)";
    Tokens t = Tokens.syllables(text, 0, text.length());
    assertThat(t.tokens()).contains("TP.", "NN&PTNT", "đ/c", "(", ")");
    for (int i = 0; i < t.size(); i++) {
      assertThat(text.substring(t.start(i), t.end(i))).isEqualTo(t.token(i));
    }
  }

  @Test
  void dictionariesMatchAcrossToneMarkPlacement() {
    String text = "Phó Trưởng Ban Tổ chức Huyện uỷ";
    Tokens t = Tokens.syllables(text, 0, text.length());
    assertThat(covered(text, t.charSpans(VOCABULARY.finder(PostVocabulary.Kind.BODY).find(t.tokens()))))
        .contains("Huyện uỷ");
    assertThat(VOCABULARY.contains(PostVocabulary.Kind.BODY, "Thành uỷ")).isTrue();
  }

  @Test
  void regexFindersFindNamesAfterHonorificsAndFamilyNames() {
    String text = "Ông Chế Trường, Bí thư Tỉnh ủy Kiên Giang Nguyễn Thanh Nghị và TPHCM Nguyễn Văn Được";
    assertThat(found(PersonPatterns.afterHonorific(VOCABULARY), text)).containsExactly("Chế Trường");
    // "Chế Trường" follows the title-case "Ông", "Nguyễn Thanh Nghị" the run "Kiên Giang": the
    // honorific finder and the post grammar find those; an acronym ("TPHCM") does not block.
    assertThat(found(PersonPatterns.familyFirst(VOCABULARY), text))
        .containsExactly("Nguyễn Văn Được");
  }

  @Test
  void apostrophesInsideNamesStayInTheirSyllable() {
    String text = "Bà H'Hen Niê và ‘Ksor’ K’Bang";
    assertThat(Tokens.syllables(text, 0, text.length()).tokens())
        .containsExactly("Bà", "H'Hen", "Niê", "và", "‘", "Ksor", "’", "K’Bang");
  }

  @Test
  void namesOpenWithPrefixesRanksAndMiddleNamesToo() {
    String text = "Ủy ban tỉnh mời Thiếu tướng Bế Xuân Trường, H'Yim Kđoh và Tiết Văn Minh";
    assertThat(found(PersonPatterns.afterHonorific(VOCABULARY), text))
        .containsExactly("Bế Xuân Trường");
    assertThat(found(PersonPatterns.familyFirst(VOCABULARY), text))
        .contains("H'Yim Kđoh", "Tiết Văn Minh");
  }

  @Test
  void wordTokensSplitAPlaceGluedToAName() {
    WordTokenizer words = new WordTokenizer(TestModels.SEGMENTER, Gazetteer.load(), VOCABULARY);
    String text = "Bí thư Tỉnh ủy Kiên Giang Nguyễn Thanh Nghị được điều động";
    assertThat(words.words(text, 0, text.length()).tokens())
        .contains("Kiên_Giang", "Nguyễn_Thanh_Nghị");
  }

  @Test
  void mergeKeepsRulesOverStatisticalGuesses() {
    List<Span> rules = List.of(new Span(5, 15, "person"), new Span(5, 10, "person"));
    List<Span> model = List.of(new Span(0, 8, "person"), new Span(20, 25, "person"));
    assertThat(NameSpans.merge(List.of(rules, model)))
        .containsExactly(new Span(5, 15, "person"), new Span(20, 25, "person"));
  }
}
