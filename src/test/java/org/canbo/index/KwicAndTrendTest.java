package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.TestModels;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.text.Diacritics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concordance lines and counts over time on the five seeds, and both after a new commit. */
class KwicAndTrendTest {
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

  private static KwicResult kwic(String query, KwicSort sort) throws Exception {
    return searcher.kwic(new KwicRequest(SearchRequest.of(query, 1000), 30, sort));
  }

  private static String folded(String s) {
    return Diacritics.fold(AnnotationFields.key(s));
  }

  @Test
  void bothTonePlacementsFindEveryOccurrenceAtItsOriginalOffsets() throws Exception {
    KwicResult modern = kwic("Thành ủy", KwicSort.DOC);
    // The seed 004 writes it five times as "Thành ủy" and twice as "Thành uỷ".
    assertThat(modern.total()).isEqualTo(7);
    assertThat(modern.documents()).isEqualTo(1);
    assertThat(modern.complete()).isTrue();
    assertThat(modern.lines()).extracting(KwicLine::match).containsOnly("Thành ủy", "Thành uỷ")
        .contains("Thành ủy", "Thành uỷ");
    assertThat(modern.matching()).isEqualTo("word, exact");
    assertThat(kwic("Thành uỷ", KwicSort.DOC)).isEqualTo(modern);
    KwicResult folded = kwic("thanh uy", KwicSort.DOC);
    assertThat(folded.lines()).isEqualTo(modern.lines());
    assertThat(folded.matching()).isEqualTo("word, folded");
    String text = searcher.find(modern.lines().get(0).doc()).orElseThrow().text();
    for (KwicLine l : modern.lines()) {
      assertThat(text.substring(l.start(), l.end())).isEqualTo(l.match());
      assertThat(text.substring(l.start() - l.left().length(), l.start()).replace('\n', ' '))
          .isEqualTo(l.left());
      assertThat(text.substring(l.end(), l.end() + l.right().length()).replace('\n', ' '))
          .isEqualTo(l.right());
      assertThat(l.left().length()).isLessThanOrEqualTo(30);
      assertThat(l.left() + l.right()).doesNotContain("\n");
    }
    assertThat(modern.lines()).extracting(KwicLine::start).isSorted();
  }

  private static long occurrences(String query, boolean fold) throws Exception {
    return searcher.trend(SearchRequest.builder(query).fold(fold).build(), TrendGranularity.YEAR)
        .occurrences();
  }

  @Test
  void aWordTypedWithDiacriticsMatchesThemAndOneWithoutMatchesEveryForm() throws Exception {
    KwicResult can = kwic("cần", KwicSort.DOC);
    assertThat(can.total()).isEqualTo(7);
    assertThat(can.lines()).extracting(l -> l.match().toLowerCase(Locale.ROOT)).containsOnly("cần");
    assertThat(can.matching()).isEqualTo("syllable, exact");
    KwicResult any = kwic("can", KwicSort.DOC);
    assertThat(any.total()).isEqualTo(165);
    assertThat(any.lines()).extracting(l -> l.match().toLowerCase(Locale.ROOT))
        .contains("cán", "cần").allMatch(m -> folded(m).equals("can"));
    assertThat(any.matching()).isEqualTo("syllable, folded");
    // --fold: the accented query matches every form too.
    KwicResult forced = searcher.kwic(new KwicRequest(
        SearchRequest.builder("cần").limit(1000).fold(true).build(), 30, KwicSort.DOC));
    assertThat(forced.lines()).isEqualTo(any.lines());
    // Trend counts follow: the same occurrences as the concordance.
    assertThat(occurrences("cần", false)).isEqualTo(7);
    assertThat(occurrences("can", false)).isEqualTo(165);
    assertThat(occurrences("cần", true)).isEqualTo(165);
  }

  @Test
  void eachWordKeepsItsOwnDiacriticsAndSegmentedWordsCountAsWords() throws Exception {
    KwicResult word = kwic("cán bộ", KwicSort.DOC);
    assertThat(word.total()).isEqualTo(152);
    assertThat(word.matching()).isEqualTo("word, exact");
    // "cán" exactly, "bo" in any form: the same word cán_bộ, found as typed per word.
    KwicResult mixed = kwic("cán bo", KwicSort.DOC);
    assertThat(mixed.lines()).isEqualTo(word.lines());
    assertThat(mixed.matching()).isEqualTo("word, mixed");
    assertThat(kwic("cân bo", KwicSort.DOC).total()).isZero();
    assertThat(occurrences("cán bộ", false)).isEqualTo(152);
    assertThat(occurrences("can bo", false)).isEqualTo(152);
    TrendResult t = searcher.trend(SearchRequest.of("Thành uỷ", 10), TrendGranularity.YEAR);
    assertThat(t.occurrences()).isEqualTo(7);
    assertThat(t.matching()).isEqualTo("word, exact");
  }

  @Test
  void searchHighlightsOnlyWhatTheQueryMatched() throws Exception {
    Pattern mark = Pattern.compile("<mark>([^<]*)</mark>");
    for (SearchHit h : searcher.search(SearchRequest.of("cán bộ", 10)).hits()) {
      for (String snippet : h.snippets()) {
        Matcher m = mark.matcher(snippet);
        while (m.find()) {
          assertThat(m.group(1).toLowerCase(Locale.ROOT)).as(snippet).isEqualTo("cán bộ");
        }
      }
    }
  }

  @Test
  void theExportStreamsEveryLineInIdAndPositionOrder() throws Exception {
    KwicResult page = kwic("can", KwicSort.DOC);
    List<KwicLine> exported = new java.util.ArrayList<>();
    KwicSummary summary = searcher.kwicExport(new KwicRequest(
        SearchRequest.builder("can").limit(1).build(), 30, KwicSort.RIGHT), exported::add);
    assertThat(summary.lines()).isEqualTo(page.total()).isEqualTo(exported.size());
    assertThat(summary.documents()).isEqualTo(page.documents());
    assertThat(summary.matching()).isEqualTo("syllable, folded");
    assertThat(exported).isEqualTo(page.lines());
  }

  @Test
  void plainWordsAreOnePhraseAndEveryArticleIsCited() throws Exception {
    KwicResult r = kwic("luan chuyen", KwicSort.DOC);
    assertThat(r.documents()).isEqualTo(5);
    assertThat(r.lines()).allSatisfy(l -> {
      assertThat(folded(l.match())).isEqualTo("luan chuyen");
      assertThat(l.doc()).isNotBlank();
      assertThat(l.title()).isNotBlank();
    });
    assertThat(r.lines()).extracting(l -> SeedCorpus.prefix(l.doc())).isSorted();
    // Operators keep their meaning: each word is a line of its own.
    KwicResult words = kwic("luân OR chuyển", KwicSort.DOC);
    assertThat(words.total()).isGreaterThan(r.total());
    assertThat(words.lines()).extracting(l -> folded(l.match())).contains("luan", "chuyen")
        .doesNotContain("luan chuyen");
  }

  @Test
  void linesSortByLeftOrRightContextAndPage() throws Exception {
    Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    vi.setStrength(Collator.SECONDARY);
    List<KwicLine> right = kwic("cán bộ", KwicSort.RIGHT).lines();
    assertThat(right).extracting(l -> l.right().strip()).isSortedAccordingTo(vi::compare);
    List<KwicLine> left = kwic("cán bộ", KwicSort.LEFT).lines();
    Comparator<String> outwards = Comparator.comparing(s -> {
      List<String> w = new java.util.ArrayList<>(List.of(s.strip().split("\\s+")));
      java.util.Collections.reverse(w);
      return String.join(" ", w);
    }, vi::compare);
    assertThat(left).extracting(KwicLine::left).isSortedAccordingTo(outwards);
    assertThat(left).hasSameSizeAs(right);
    KwicResult page = searcher.kwic(new KwicRequest(
        SearchRequest.builder("cán bộ").limit(5).offset(5).build(), 30, KwicSort.LEFT));
    assertThat(page.lines()).isEqualTo(left.subList(5, 10));
    assertThat(page.total()).isEqualTo(left.size());
  }

  @Test
  void filtersNarrowTheConcordanceLikeTheSearch() throws Exception {
    KwicResult lso = searcher.kwic(new KwicRequest(
        SearchRequest.builder("cán bộ").limit(1000).source("LSO").build(), 20, KwicSort.DOC));
    assertThat(lso.lines()).isNotEmpty()
        .allSatisfy(l -> assertThat(l.source()).isEqualTo("LSO"));
    assertThat(lso.documents()).isEqualTo(1);
  }

  @Test
  void trendCountsArticlesPerYearAndReportsTheUndatedOne() throws Exception {
    SearchRequest q = SearchRequest.of("luân chuyển", 10);
    TrendResult years = searcher.trend(q, TrendGranularity.YEAR);
    assertThat(years.periods()).extracting(TrendPoint::period)
        .containsExactly("2018", "2019", "2020", "2023");
    assertThat(years.periods()).extracting(TrendPoint::articles).containsOnly(1L);
    assertThat(years.unknown()).isEqualTo(new TrendPoint("unknown", 1,
        years.occurrences() - years.periods().stream().mapToLong(TrendPoint::occurrences).sum()));
    assertThat(years.articles()).isEqualTo(searcher.search(q).total()).isEqualTo(5);
    assertThat(years.occurrences()).isEqualTo(kwic("luân chuyển", KwicSort.DOC).total());
    TrendResult months = searcher.trend(q, TrendGranularity.MONTH);
    assertThat(months.periods()).extracting(TrendPoint::period)
        .containsExactly("2018-10", "2019-05", "2020-08", "2023-07");
    assertThat(searcher.trend(q.toBuilder().dates("2019", "2020").build(), TrendGranularity.YEAR)
        .periods()).extracting(TrendPoint::period).containsExactly("2019", "2020");
  }

  @Test
  void badConcordanceAndTrendRequestsFailReadably() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new KwicRequest(SearchRequest.of("x", 5), 501, KwicSort.DOC)))
        .hasMessageContaining("context width 501");
    assertThat(assertThrows(IllegalArgumentException.class, () -> KwicSort.parse("middle")))
        .hasMessageContaining("doc, left or right");
    assertThat(assertThrows(IllegalArgumentException.class, () -> TrendGranularity.parse("week")))
        .hasMessageContaining("year or month");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> searcher.kwic(KwicRequest.of("AND (", 5)))).hasMessageContaining("no words");
  }

  @Test
  void aNewCommitIsSeenByTheNextCallOfEveryKind(@TempDir Path other) throws Exception {
    try (LuceneIndex index = new LuceneIndex(other, "test", TestModels.SEGMENTER)) {
      index.accept(Document.of("a", null, "Thành uỷ họp.", meta("2019-02-01")));
      index.commit();
      try (CorpusSearcher open = new CorpusSearcher(other, TestModels.SEGMENTER)) {
        SearchRequest q = SearchRequest.builder("thành ủy").facets(true).build();
        assertThat(open.search(q).total()).isEqualTo(1);
        assertThat(open.kwic(KwicRequest.of("thành ủy", 10)).total()).isEqualTo(1);
        index.accept(Document.of("b", null, "Thành ủy và Thành uỷ.", meta("2025-03-04")));
        index.commit();
        assertThat(open.search(q).total()).isEqualTo(2);
        assertThat(open.search(q.toBuilder().facet("year", "2025").build()).hits())
            .extracting(SearchHit::id).containsExactly("b");
        assertThat(open.kwic(KwicRequest.of("thành ủy", 10)).total()).isEqualTo(3);
        assertThat(open.trend(q, TrendGranularity.YEAR).periods()).extracting(TrendPoint::period)
            .containsExactly("2019", "2025");
        assertThat(open.moreLikeThis("b", 5)).isPresent();
        assertThat(open.find("b")).isPresent();
        assertThat(open.count()).isEqualTo(2);
      }
    }
  }

  private static ArticleMetadata meta(String date) {
    return new ArticleMetadata("Tin", date, "Test", null, null);
  }
}
