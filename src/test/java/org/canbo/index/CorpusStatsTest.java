package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.canbo.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word frequencies and collocates on the five seed articles, checked against their texts. */
class CorpusStatsTest {
  @TempDir static Path dir;
  private static CorpusSearcher searcher;

  @BeforeAll
  static void indexSeeds() throws Exception {
    SeedCorpus.index(dir);
    searcher = new CorpusSearcher(dir, TestModels.SEGMENTER);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static FreqResult freq(String query, FreqGrouping by, int limit) throws Exception {
    return searcher.freq(new FreqRequest(SearchRequest.builder(query).build(), by, limit));
  }

  private static Map<String, WordCount> words(FreqGroup g) {
    return g.words().stream().collect(Collectors.toMap(WordCount::word, Function.identity()));
  }

  /** Occurrences of {@code phrase} as whole words in the clean text of every seed. */
  private static long inTexts(String phrase) throws Exception {
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{M}])" + phrase + "(?![\\p{L}\\p{M}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    long n = 0;
    for (var d : SeedCorpus.load()) {
      Matcher m = p.matcher(searcher.find(d.id()).orElseThrow().text());
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  @Test
  void freqCountsTheSegmentedWordsOfAllArticlesWithoutAQuery() throws Exception {
    FreqResult r = freq(SearchRequest.ALL, FreqGrouping.ALL, FreqRequest.MAX_LIMIT);
    assertThat(r.query()).isEmpty();
    assertThat(r.matching()).isEqualTo("all articles");
    assertThat(r.articles()).isEqualTo(5);
    assertThat(r.groups()).extracting(FreqGroup::group).containsExactly("all");
    FreqGroup all = r.groups().get(0);
    // Every "cán bộ" in the clean texts is the word cán_bộ, in all five articles.
    WordCount canBo = words(all).get("cán_bộ");
    assertThat(canBo.count()).isEqualTo(inTexts("cán bộ")).isEqualTo(152);
    assertThat(canBo.docs()).isEqualTo(5);
    assertThat(r.tokens()).isEqualTo(3204);
    assertThat(canBo.per10k()).isEqualTo(474.41); // 152 / 3204 × 10,000
    assertThat(all.words().get(0)).isEqualTo(canBo);
    // The whole list adds up to the tokens; numbers, codes and punctuation are no words.
    assertThat(all.words().stream().mapToLong(WordCount::count).sum()).isEqualTo(r.tokens());
    assertThat(all.words()).extracting(WordCount::word)
        .allMatch(w -> w.matches("[\\p{L}\\p{M}_]+"))
        .doesNotContain("67", "04-nq/tu", ",");
    assertThat(all.words()).extracting(WordCount::count).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void freqOverAQueryCountsOnlyTheMatchingArticles() throws Exception {
    FreqResult r = freq("Thành uỷ", FreqGrouping.ALL, 1000);
    assertThat(r.articles()).isEqualTo(1);
    assertThat(r.matching()).isEqualTo("word, exact");
    // 004 writes it five times "Thành ủy" and twice "Thành uỷ": one word either way.
    assertThat(words(r.groups().get(0)).get("thành_ủy").count()).isEqualTo(7);
    assertThat(freq("Thành uỷ", FreqGrouping.ALL, 20).groups().get(0).words()).hasSize(20);
  }

  @Test
  void freqByYearHasOneGroupPerYearAndTheYearlessArticleAsUnknown() throws Exception {
    FreqResult r = freq("luân chuyển", FreqGrouping.YEAR, 5);
    assertThat(r.groups()).extracting(FreqGroup::group)
        .containsExactly("2018", "2019", "2020", "2023", "unknown");
    assertThat(r.groups()).extracting(FreqGroup::articles).containsOnly(1L);
    assertThat(r.groups().stream().mapToLong(FreqGroup::tokens).sum()).isEqualTo(r.tokens());
    assertThat(r.rows()).hasSize(25).first().extracting(FreqRow::group).isEqualTo("2018");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FreqGrouping.parse("week"));
    assertThat(e).hasMessageContaining("year, source or province");
  }

  @Test
  void collocatesCountTheWordsNextToEachOccurrenceOnce() throws Exception {
    // The seven "Thành ủy" of 004 have, one word either side (punctuation skipped):
    // của ×3, hà_nội ×2, and once each phó_bí_thư, nguyễn_ngọc_tuấn, kế_hoạch, dự_kiến,
    // thường_trực, nguyễn_thị_tuyến, nội_chính, nguyễn_quang_đức (13 words; "chinhphu.vn"
    // before the first is no word).
    CollocateResult r = searcher.collocates(new CollocateRequest(
        SearchRequest.builder("Thành ủy").build(), 1, 1, 50));
    assertThat(r.nodeCount()).isEqualTo(7);
    assertThat(r.measure()).isEqualTo("log-likelihood");
    assertThat(r.matching()).isEqualTo("word, exact");
    Map<String, Collocate> rows = r.rows().stream()
        .collect(Collectors.toMap(Collocate::word, Function.identity()));
    assertThat(rows.get("của").count()).isEqualTo(3);
    assertThat(rows.get("hà_nội").count()).isEqualTo(2);
    assertThat(rows.keySet()).containsExactlyInAnyOrder("của", "hà_nội", "phó_bí_thư",
        "nguyễn_ngọc_tuấn", "kế_hoạch", "dự_kiến", "thường_trực", "nguyễn_thị_tuyến",
        "nội_chính", "nguyễn_quang_đức");
    // hà_nội: 2 of the 13 window words, 4 in all 3204 words of the seeds; G² and MI as
    // computed by hand (Python) from that 2×2 table.
    Collocate haNoi = rows.get("hà_nội");
    assertThat(haNoi.wordCount()).isEqualTo(inTexts("hà nội")).isEqualTo(4);
    assertThat(haNoi.score()).isEqualTo(16.821);
    assertThat(haNoi.mi()).isEqualTo(6.945);
    assertThat(rows.get("của").score()).isEqualTo(10.428); // 3 of 13, 59 of 3204
    assertThat(r.rows()).extracting(Collocate::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(r.rows()).allMatch(c -> c.count() <= c.wordCount());
  }

  @Test
  void collocatesOfAFoldedQueryAreTheSameAndMinCountFilters() throws Exception {
    CollocateResult exact = searcher.collocates(new CollocateRequest(
        SearchRequest.builder("cán bộ").build(), 5, 10, 100));
    CollocateResult folded = searcher.collocates(new CollocateRequest(
        SearchRequest.builder("can bo").build(), 5, 10, 100));
    assertThat(folded.rows()).isEqualTo(exact.rows());
    assertThat(folded.matching()).isEqualTo("word, folded");
    assertThat(exact.nodeCount()).isEqualTo(inTexts("cán bộ"));
    assertThat(exact.rows()).isNotEmpty().allMatch(c -> c.count() >= 10);
    assertThat(exact.rows()).extracting(Collocate::word).contains("công_tác", "đội_ngũ");
  }

  @Test
  void logLikelihoodAndMiFollowTheDocumentedFormula() {
    // a = 10 of 100 window words, 20 of 10,000 words: by hand, G² = 65.584, MI = log2(10/0.2).
    assertThat(Association.round(Association.logLikelihood(10, 100, 20, 10_000))).isEqualTo(65.584);
    assertThat(Association.mutualInformation(10, 100, 20, 10_000))
        .isCloseTo(Math.log(50) / Math.log(2), org.assertj.core.data.Offset.offset(1e-9));
    // Observed as expected (100 × 200 / 10,000 = 2): no association.
    assertThat(Association.logLikelihood(2, 100, 200, 10_000))
        .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void badRequestsAreRefusedWithTheReason() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new CollocateRequest(
        SearchRequest.builder("x").build(), 0, 1, 10))).hasMessageContaining("window");
    assertThat(assertThrows(IllegalArgumentException.class, () -> searcher.collocates(
        new CollocateRequest(SearchRequest.builder(SearchRequest.ALL).build(), 5, 1, 10))))
        .hasMessageContaining("empty");
  }
}
