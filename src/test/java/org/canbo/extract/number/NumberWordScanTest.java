package org.canbo.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.SampleTexts;
import org.canbo.extract.figure.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The number-word test by trie ({@link VietnameseNumbers#isNumberWord(String, int, int)}) answers
 * as the set look-up it stands for, on every word of the seed and dev texts and on the number
 * words, their prefixes and their extensions.
 */
class NumberWordScanTest {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final List<String> NUMBER_WORDS = List.of("không", "một", "mốt", "hai", "ba",
      "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín", "nghìn", "ngàn", "triệu", "tỷ",
      "tỉ", "mười", "mươi", "trăm", "linh", "lẻ");

  @Test
  void trieAnswersAsTheSetOnEveryWordOfSeedAndDevTexts() throws IOException {
    int words = 0;
    int numberWords = 0;
    for (String text : SampleTexts.cleanTexts()) {
      String norm = Vocabulary.normalise(text);
      Matcher m = WORD.matcher(norm);
      while (m.find()) {
        boolean expected = VietnameseNumbers.isNumberWord(m.group());
        assertThat(VietnameseNumbers.isNumberWord(norm, m.start(), m.end()))
            .as("%s at %d", m.group(), m.start()).isEqualTo(expected);
        words++;
        numberWords += expected ? 1 : 0;
      }
    }
    assertThat(words).isGreaterThan(5_000);
    assertThat(numberWords).isGreaterThan(30); // 42 in the seeds alone (a clone without ../shared)
  }

  @Test
  void trieAnswersAsTheSetOnNumberWordsTheirPrefixesAndExtensions() {
    for (String w : NUMBER_WORDS) {
      assertThat(VietnameseNumbers.isNumberWord(w)).as(w).isTrue();
      for (String probe : List.of(w, "x" + w + "y", w + "a", "a" + w, w.toUpperCase())) {
        for (int from = 0; from <= probe.length(); from++) {
          for (int to = from; to <= probe.length(); to++) {
            assertThat(VietnameseNumbers.isNumberWord(probe, from, to))
                .as("%s [%d, %d)", probe, from, to)
                .isEqualTo(VietnameseNumbers.isNumberWord(probe.substring(from, to)));
          }
        }
      }
    }
  }
}
