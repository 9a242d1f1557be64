package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.canbo.TestModels;
import org.canbo.model.Span;
import org.canbo.text.Diacritics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query {@code *} (every article, narrowed by filters) and the matches of a query in one article. */
class BrowseAllTest {
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

  @Test
  void starMatchesEveryArticleWithFacetsAndNewestFirst() throws Exception {
    SearchRequest all = SearchRequest.builder(SearchRequest.ALL).limit(10)
        .sort(SearchSort.NEWEST).facets(true).build();
    assertThat(all.matchesAll()).isTrue();
    SearchResult r = searcher.search(all);
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.fuzzy()).isFalse();
    assertThat(r.hits()).extracting(h -> SeedCorpus.prefix(h.id()))
        .containsExactly("004", "001", "000", "003", "002"); // 002 has no year: last
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippets()).hasSize(1)
        .allSatisfy(s -> assertThat(s).doesNotContain("<mark>")));
    assertThat(r.facets().get("year")).containsKeys("2018", "2019", "2020", "2023");
    assertThat(searcher.search(SearchRequest.of(" * ", 10)).total()).isEqualTo(5);
  }

  @Test
  void filtersNarrowEveryArticle() throws Exception {
    SearchRequest source = SearchRequest.builder("*").source("lso").build();
    assertThat(searcher.search(source).hits()).extracting(h -> SeedCorpus.prefix(h.id()))
        .containsExactly("001");
    SearchRequest year = SearchRequest.builder("*").facet("year", "2019").build();
    assertThat(searcher.search(year).hits()).extracting(h -> SeedCorpus.prefix(h.id()))
        .containsExactly("000");
    SearchRequest none = SearchRequest.builder("*").facet("year", "1990").build();
    assertThat(searcher.search(none).total()).isZero();
    long[] loaded = {0};
    assertThat(searcher.forEachMatch(year, d -> loaded[0]++)).isEqualTo(1);
    assertThat(loaded[0]).isEqualTo(1);
  }

  @Test
  void trendOfEveryArticleCountsArticlesAndNoOccurrences() throws Exception {
    TrendResult t = searcher.trend(SearchRequest.of("*", 10), TrendGranularity.YEAR);
    assertThat(t.articles()).isEqualTo(5);
    assertThat(t.occurrences()).isZero();
    assertThat(t.unknown().articles()).isEqualTo(1);
  }

  @Test
  void matchesOfAQueryInOneArticleAreWhereTheSnippetsMarkIt() throws Exception {
    String id = searcher.search(SearchRequest.of("Quảng Yên", 1)).hits().get(0).id();
    String text = searcher.find(id).orElseThrow().text();
    List<Span> words = searcher.matches(id, "luân chuyển");
    // As the snippets mark it: each syllable, or the segmented word once the searcher matches
    // words first; the typed forms are among them.
    assertThat(words).isNotEmpty().isSorted().allSatisfy(s -> {
      assertThat(s.type()).isEqualTo(CorpusSearcher.MATCH);
      assertThat(Diacritics.fold(s.coveredText(text)).toLowerCase())
          .isIn("luan", "chuyen", "luan chuyen");
    });
    assertThat(String.join(" ", words.stream().map(s -> s.coveredText(text)).toList()))
        .contains("luân", "chuyển");
    // Without diacritics, every accented form: at least the spans of the accented query.
    assertThat(searcher.matches(id, "luan chuyen")).containsAll(words);
    assertThat(searcher.matches(id, "\"luân chuyển\"")).isNotEmpty().allSatisfy(s ->
        assertThat(s.coveredText(text).toLowerCase()).isEqualTo("luân chuyển"));
    assertThat(searcher.matches(id, "*")).isEmpty();
    assertThat(searcher.matches("no-such-id", "luân chuyển")).isEmpty();
  }
}
