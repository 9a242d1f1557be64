package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.canbo.SampleTexts;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of {@link PeriodFinder#RANGE} only skips the pattern where it finds nothing:
 * on every sentence (and sentence tail) of the seeds and dev excerpts, and on written ranges.
 */
class PeriodFinderGateTest {
  @Test
  void rangeGateIsOpenWhereverThePatternMatches() throws IOException {
    int matched = 0;
    int skipped = 0;
    for (String text : SampleTexts.cleanTexts()) {
      String norm = Vocabulary.normalise(text);
      for (Sentence s : new SentenceSplitter(FigureTestSupport.GAZETTEER::contains).split(text)) {
        for (int from = s.start(); from < s.end(); from += 7) {
          boolean matches = PeriodFinder.RANGE.matcher(norm).region(from, s.end()).find();
          boolean open = PeriodFinder.hasYearRange(norm, from, s.end());
          assertThat(open || !matches).as("gate closed on %s", norm.substring(from, s.end())).isTrue();
          matched += matches ? 1 : 0;
          skipped += open ? 0 : 1;
        }
      }
    }
    assertThat(matched).isGreaterThan(10);
    assertThat(skipped).isGreaterThan(1000);
  }

  @Test
  void writtenRangesOpenTheGateAndLoneYearsDoNot() {
    for (String range : List.of("giai đoạn 2016-2018", "nhiệm kỳ 2020 – 2025", "từ 2015 đến năm 2020",
        "khóa 2011\t—\n2016", "2019 đến 2021", "năm 2019-năm 2020")) {
      assertThat(PeriodFinder.RANGE.matcher(range).find()).as(range).isTrue();
      assertThat(PeriodFinder.hasYearRange(range, 0, range.length())).as(range).isTrue();
    }
    for (String none : List.of("năm 2020 và năm 2021", "2019, 2020", "2016-18", "2016 - năm nay",
        "giai đoạn 2016-2018")) {
      String cut = none.equals("giai đoạn 2016-2018") ? none.substring(0, none.length() - 1) : none;
      assertThat(PeriodFinder.RANGE.matcher(cut).find()).as(cut).isFalse();
      assertThat(PeriodFinder.hasYearRange(cut, 0, cut.length())).as(cut).isFalse();
    }
  }

  @Test
  void lastYearAndBaselineGatesAreOpenWhereverThePatternsMatch() throws IOException {
    int lastYears = 0;
    int baselines = 0;
    // The seeds alone hold no last-year phrase (the dev sets do, when ../shared is there): three
    // written sentences make sure both gates are compared where their patterns match.
    List<String> texts = new java.util.ArrayList<>(SampleTexts.cleanTexts());
    texts.add("Trong năm qua, tỉnh đã luân chuyển 12 cán bộ. Số cán bộ nữ tăng 5% so với năm trước.");
    texts.add("Tăng 3 người so với cùng kỳ năm 2022, giảm 2 người so với năm trước đó.");
    for (String text : texts) {
      String norm = Vocabulary.normalise(text);
      for (Sentence s : new SentenceSplitter(FigureTestSupport.GAZETTEER::contains).split(text)) {
        String sentence = norm.substring(s.start(), s.end());
        boolean lastYear = PeriodFinder.LAST_YEAR.matcher(sentence).find();
        assertThat(!lastYear || sentence.contains(PeriodFinder.PAST_YEAR)
            || sentence.contains(PeriodFinder.YEAR_BEFORE)).as(sentence).isTrue();
        lastYears += lastYear ? 1 : 0;
        for (int to = s.start(); to <= s.end(); to++) {
          int from = Math.max(s.start(), to - 30);
          boolean baseline = PeriodFinder.BASELINE.matcher(norm.substring(from, to)).find();
          assertThat(PeriodFinder.isBaseline(norm, from, to)).as(norm.substring(from, to))
              .isEqualTo(baseline);
          baselines += baseline ? 1 : 0;
        }
      }
    }
    for (String written : List.of("trong năm qua", "so với năm trước", "so với cùng kỳ ")) {
      assertThat(PeriodFinder.LAST_YEAR.matcher(written).find()
          || PeriodFinder.isBaseline(written, 0, written.length())).as(written).isTrue();
    }
    assertThat(lastYears).isGreaterThan(0);
    assertThat(baselines).isGreaterThan(0);
  }
}
