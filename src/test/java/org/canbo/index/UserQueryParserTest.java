package org.canbo.index;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {
  private static final String ALPHABET = "aăâđêôơưáàảãạ AND OR NOT \"()[]{}:^~*?\\/+-!&|<>";

  private final UserQueryParser parser = new UserQueryParser(IndexSchema.analyzer(TestModels.SEGMENTER));
  /** A parser whose index knows these segmented words. */
  private final UserQueryParser words = new UserQueryParser(
      IndexSchema.analyzer(TestModels.SEGMENTER),
      WordVocabulary.of(Set.of("thành_ủy", "hà_nội", "luân_chuyển", "cán_bộ")));

  @Test
  void randomInputEitherParsesOrFailsWithAMessage() {
    Random random = new Random(42);
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String q = sb.toString();
      try {
        Query parsed = parser.query(q);
        assertThat(parsed).as(q).isNotNull();
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(q).isNotBlank();
        assertThat(e.getCause()).as("the sanitizer let through: " + q).isNull();
      }
    }
  }

  @Test
  void randomFieldAndTypoSyntaxEitherParsesOrFailsWithAMessage() {
    String[] pieces = {"title:", "source:", "TITLE:", "\"", "~", "~2", "*", "-", "(", ")", " ",
        "AND ", "OR ", "NOT ", "cán", "bộ", "luan", "chuyeb", "x", "LSO", ":", "\\"};
    Random random = new Random(7);
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String q = sb.toString();
      try {
        assertThat(parser.query(q)).as(q).isNotNull();
        parser.parseWithTypos(q, false);
        words.parse(q, QueryMode.sequence(true));
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(q).isNotBlank();
        assertThat(e.getCause()).as("the sanitizer let through: " + q).isNull();
      }
    }
  }

  @Test
  void fieldsBecomeTitleFieldsOrASourceFilter() {
    assertThat(parser.query("title:cán").toString()).isEqualTo("(title:cán)^3.0");
    assertThat(parser.query("title:can").toString()).isEqualTo("(title_folded:can)^3.0");
    assertThat(parser.query("source:LSO bộ").toString()).startsWith("+ConstantScore(source_key:lso) +(");
    assertThat(parser.query("chuyeb~").toString()).contains("body_folded:chuyeb~2")
        .doesNotContain("body:");
  }

  @Test
  void tooManyTermsAreRejected() {
    String many = "\"" + "luân chuyển ".repeat(70) + "\"";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parser.query(many));
    assertThat(e).hasMessageContaining("too complex");
  }

  @Test
  void eachWordGoesToTheExactOrTheFoldedFieldsAsTyped() {
    // With diacritics: the exact fields only (tone-mark placement is unified by the analyzer).
    assertThat(parser.query("Thành uỷ").toString()).isEqualTo(
        "+((title:thành)^3.0 body:thành) +((title:ủy)^3.0 body:ủy)");
    // Without: the folded fields only.
    assertThat(parser.query("thanh uy").toString()).isEqualTo(
        "+((title_folded:thanh)^3.0 body_folded:thanh) +((title_folded:uy)^3.0 body_folded:uy)");
    // Per word: "cán" exactly, "bo" in any form.
    assertThat(parser.query("cán bo").toString()).isEqualTo(
        "+((title:cán)^3.0 body:cán) +((title_folded:bo)^3.0 body_folded:bo)");
    // --fold: every word folded.
    assertThat(parser.parse("Thành uỷ", QueryMode.search(true)).query().toString()).isEqualTo(
        parser.query("thanh uy").toString());
  }

  @Test
  void aQuotedPhraseMixingBothIsMatchedOnTheExactFieldsWithAccentedVariants() {
    assertThat(parser.query("\"cán bộ\"").toString())
        .isEqualTo("(title:\"cán bộ\")^3.0 body:\"cán bộ\"");
    assertThat(parser.query("\"can bo\"").toString())
        .isEqualTo("(title_folded:\"can bo\")^3.0 body_folded:\"can bo\"");
    assertThat(parser.query("\"cán bo\"").toString())
        .isEqualTo("(title:variants(cán bo))^3.0 body:variants(cán bo)");
    ParsedQuery p = parser.parse("\"cán bo\"", QueryMode.SEARCH);
    assertThat(p.matching().describe()).isEqualTo("phrase, mixed");
  }

  @Test
  void runsOfWordsAreGroupedIntoTheWordsTheIndexKnows() {
    ParsedQuery exact = words.parse("Thành uỷ Hà Nội", QueryMode.SEARCH);
    assertThat(exact.query().toString()).isEqualTo(
        "+((title_words:thành_ủy)^3.0 body_words:thành_ủy)"
            + " +((title_words:hà_nội)^3.0 body_words:hà_nội)");
    assertThat(exact.matching().describe()).isEqualTo("word, exact");
    ParsedQuery folded = words.parse("thanh uy ha noi", QueryMode.SEARCH);
    assertThat(folded.query().toString()).contains("body_words:variants(thanh_uy)")
        .contains("body_words:variants(ha_noi)");
    assertThat(folded.matching().describe()).isEqualTo("word, folded");
    assertThat(words.parse("thành uy", QueryMode.SEARCH).matching().describe())
        .isEqualTo("word, mixed");
    // A concordance reads the run as one sequence of words.
    assertThat(words.parse("Thành ủy Hà Nội", QueryMode.sequence(false)).query().toString())
        .isEqualTo("(title_words:\"thành_ủy hà_nội\")^3.0 body_words:\"thành_ủy hà_nội\"");
    // Single syllables stay syllables; unknown pairs are not grouped.
    assertThat(words.parse("luân chuyển Đảng", QueryMode.SEARCH).matching().describe())
        .isEqualTo("word+syllable, exact");
    assertThat(words.parse("Hà Thành", QueryMode.SEARCH).matching().describe())
        .isEqualTo("syllable, exact");
    // Retried as phrases, the grouped words keep their syllables together.
    assertThat(words.parse("Thành ủy", QueryMode.SEARCH.phrases()).query().toString())
        .isEqualTo("(title:\"thành ủy\")^3.0 body:\"thành ủy\"");
  }

  @Test
  void operatorsEndRunsAndNotTakesOneWord() {
    assertThat(words.query("Thành ủy OR Hà Nội").toString()).isEqualTo(
        "((title_words:thành_ủy)^3.0 body_words:thành_ủy)"
            + " ((title_words:hà_nội)^3.0 body_words:hà_nội)");
    assertThat(words.query("luân chuyển NOT luân chuyển").toString()).isEqualTo(
        "+((title_words:luân_chuyển)^3.0 body_words:luân_chuyển) -((title:luân)^3.0 body:luân)"
            + " +((title:chuyển)^3.0 body:chuyển)");
  }
}
