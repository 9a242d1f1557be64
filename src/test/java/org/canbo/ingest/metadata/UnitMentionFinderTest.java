package org.canbo.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gated search for typed mentions and the tail check before bare ones find exactly what the
 * plain regexes find: on every line of the seeds and the shared dev texts, and on lines built to
 * hit the edges (a digit before a type word, a final sigma, a line separator, a surrogate pair).
 */
class UnitMentionFinderTest {
  private static UnitMentionFinder finder;

  @BeforeAll
  static void load() {
    finder = new UnitMentionFinder(Gazetteer.load());
  }

  @Test
  void findsTypedAndBareMentions() {
    List<UnitMention> found =
        finder.typedAndBare("Long An: Thành ủy Hà Nội làm việc với huyện Cao Lộc", 0);
    assertThat(found).extracting(m -> m.candidates().get(0).nameWithType(), UnitMention::typed)
        .contains(
            org.assertj.core.groups.Tuple.tuple("thành phố Hà Nội", true),
            org.assertj.core.groups.Tuple.tuple("huyện Cao Lộc", true));
    assertThat(found).filteredOn(m -> !m.typed()).extracting(m -> m.candidates().get(0).nameWithType())
        .containsExactly("tỉnh Long An");
  }

  @Test
  void aTypeWordRightAfterADigitCounts() {
    assertThat(finder.typed("Mục 5huyện Cao Lộc", 1)).hasSize(1);
    assertThat(finder.typed("Mục Ahuyện Cao Lộc", 1)).isEmpty();
  }

  @Test
  void aVillageOrATypeWordBeforeARunIsNoBareMention() {
    assertThat(finder.bare("Tin từ xã Long An", 0)).isEmpty();
    assertThat(finder.bare("Tin từ huyện Cao Lộc", 0)).isEmpty();
    assertThat(finder.bare("Tin từ Cao Lộc", 0)).hasSize(1);
  }

  @Test
  void sameAsThePlainRegexesOnEdgeLines() {
    List<String> lines = List.of(
        "Ở huyện Cao Lộc",
        "ΣΟΦΙΑ xã Long An và Cao Lộc",
        "Đi ΣΑ Long An",
        "Đến\u2028huyện Long An",
        "Theo tin\u2028 Long An",
        "Về Xã\u0085 Long An",
        "\uD801\uDC00 Cao Lộc",
        "Đến \uD801\uDC00huyện Cao Lộc",
        "TP.Hồ Chí Minh, Tp Hà Nội, TX. Kỳ Anh, TT. Phong Điền",
        "Huyện ủy Cao Lộc cùng ông Long An, đồng chí Cao Lộc và Cty Long An",
        "2024huyện Cao Lộc;Long An Cao Lộc",
        "Long An",
        "xã Long An",
        "huyện",
        "");
    for (String line : lines) {
      assertThat(finder.typedAndBare(line, 0)).as(line)
          .isEqualTo(finder.typedAndBareByRegex(line, 0));
    }
  }

  @Test
  void sameAsThePlainRegexesOnSeedsAndDevTexts() throws IOException {
    List<Path> texts = new ArrayList<>();
    for (String dir : new String[] {"corpus", "../shared/dev/texts", "../shared/dev2/texts"}) {
      Path d = Path.of(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
      }
    }
    int mentions = 0;
    for (Path text : texts) {
      for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
        List<UnitMention> got = finder.typedAndBare(line, 0);
        assertThat(got).as(text + ": " + line).isEqualTo(finder.typedAndBareByRegex(line, 0));
        mentions += got.size();
      }
    }
    assertThat(mentions).as("mentions on " + texts.size() + " texts").isGreaterThan(20);
  }
}
