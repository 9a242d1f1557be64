package org.canbo.index;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {
  private static final String ALPHABET = "aăâđêôơưáàảãạ AND OR NOT \"()[]{}:^~*?\\/+-!&|<>";

  private final UserQueryParser parser = new UserQueryParser(IndexSchema.analyzer(TestModels.SEGMENTER));

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
        Query parsed = parser.parse(q);
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
        assertThat(parser.parse(q)).as(q).isNotNull();
        parser.parseWithTypos(q);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(q).isNotBlank();
        assertThat(e.getCause()).as("the sanitizer let through: " + q).isNull();
      }
    }
  }

  @Test
  void fieldsBecomeTitleFieldsOrASourceFilter() {
    assertThat(parser.parse("title:cán").toString())
        .isEqualTo("(title:cán)^3.0 (title_folded:can)^1.5");
    assertThat(parser.parse("source:LSO bộ").toString()).startsWith("+ConstantScore(source_key:lso) +(");
    assertThat(parser.parse("chuyeb~").toString()).contains("body_folded:chuyeb~2");
  }

  @Test
  void tooManyTermsAreRejected() {
    String many = "\"" + "luân chuyển ".repeat(70) + "\"";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parser.parse(many));
    assertThat(e).hasMessageContaining("too complex");
  }

  @Test
  void wordsAreSearchedInExactAndFoldedFieldsWithTitleBoostAndSegmentedWordsRankHigher() {
    assertThat(parser.parse("Thành uỷ").toString()).isEqualTo(
        "+(+((title:thành)^3.0 (title_folded:thanh)^1.5 (body:thành)^1.0 (body_folded:thanh)^0.5)"
            + " +((title:ủy)^3.0 (title_folded:uy)^1.5 (body:ủy)^1.0 (body_folded:uy)^0.5))"
            + " (body_words:thành_ủy)^1.5 (title_words:thành_ủy)^3.0");
  }

  @Test
  void negatedQueriesGetNoWordBoost() {
    assertThat(parser.parse("cán bộ NOT luân chuyển").toString()).doesNotContain("_words");
  }
}
