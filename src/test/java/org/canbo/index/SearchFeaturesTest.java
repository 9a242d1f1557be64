package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canbo.TestModels;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Field queries, typos, date sort, paging, facet filters and similar articles on the seeds. */
class SearchFeaturesTest {
  @TempDir static Path dir;
  private static CorpusSearcher searcher;

  @BeforeAll
  static void indexSeeds() throws Exception {
    SeedCorpus.index(dir, Document.of("new", null, "Một bài mới về cán bộ và Nghị quyết.",
          new ArticleMetadata("Bài mới", "2024-01-02", "Test", null, null)));
    searcher = new CorpusSearcher(dir, TestModels.SEGMENTER);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> ids(SearchRequest request) throws Exception {
    return searcher.search(request).hits().stream().map(h -> prefix(h.id())).toList();
  }

  private static List<String> sorted(String query) throws Exception {
    return ids(SearchRequest.of(query, 20)).stream().sorted().toList();
  }

  private static String prefix(String id) {
    return id.length() > 3 ? SeedCorpus.prefix(id) : id;
  }

  @Test
  void titleFieldSearchesOnlyTitlesWithOrWithoutDiacritics() throws Exception {
    assertThat(sorted("title:\"xây dựng\"")).containsExactly("000", "002", "003");
    assertThat(sorted("title:\"xay dung\"")).containsExactly("000", "002", "003");
    assertThat(sorted("title:Đảng")).containsExactly("003");
    // "luân chuyển" is in every seed's body but in no title.
    assertThat(sorted("luân chuyển")).hasSize(5);
    assertThat(sorted("title:luân")).isEmpty();
    assertThat(sorted("title:xây* title:cán")).containsExactly("000", "002");
  }

  @Test
  void sourceFieldFiltersCaseInsensitivelyWithoutChangingTheOrder() throws Exception {
    assertThat(sorted("source:lso cán bộ")).containsExactly("001");
    assertThat(sorted("source:\"Chinhphu.vn\"")).containsExactly("004");
    assertThat(sorted("cán bộ -source:LSO")).doesNotContain("001").hasSize(5);
    assertThat(sorted("source:ĐBP OR source:LSO")).containsExactly("001", "003");
    SearchResult plain = searcher.search(SearchRequest.of("Nghị quyết", 20));
    SearchResult both = searcher.search(SearchRequest.of("Nghị quyết source:LSO", 20));
    assertThat(both.hits()).extracting(SearchHit::id).containsExactly(
        plain.hits().stream().filter(h -> "LSO".equals(h.source())).map(SearchHit::id)
            .toArray(String[]::new));
  }

  @Test
  void aQueryWithoutHitsIsRetriedAllowingOneTypoPerWord() throws Exception {
    SearchResult exact = searcher.search(SearchRequest.of("luan chuyen", 20));
    assertThat(exact.fuzzy()).isFalse();
    SearchResult typo = searcher.search(SearchRequest.of("luan chuyeb", 20));
    assertThat(typo.fuzzy()).isTrue();
    assertThat(typo.total()).isEqualTo(exact.total()).isEqualTo(5);
    assertThat(typo.hits().get(0).snippets().get(0)).contains("<mark>");
    SearchRequest strict = SearchRequest.builder("luan chuyeb").fuzzyFallback(false).build();
    assertThat(searcher.search(strict).total()).isZero();
    // Explicit typo syntax works without the fallback; short words and negations are not fuzzed.
    assertThat(searcher.search(SearchRequest.builder("luan chuyeb~").fuzzyFallback(false).build())
        .total()).isEqualTo(5);
    assertThat(searcher.search(SearchRequest.of("luan chuyeb NOT xyz", 20)).total()).isZero();
    assertThat(searcher.search(SearchRequest.of("cáb bộ", 20)).total()).isZero();
  }

  @Test
  void sortByDateNewestOrOldestPutsUndatedArticlesLast() throws Exception {
    SearchRequest.Builder all = SearchRequest.builder("cán bộ").limit(20);
    assertThat(ids(all.sort(SearchSort.NEWEST).build()))
        .containsExactly("new", "004", "001", "000", "003", "002");
    assertThat(ids(all.sort(SearchSort.OLDEST).build()))
        .containsExactly("003", "000", "001", "004", "new", "002");
    assertThat(searcher.search(all.sort(SearchSort.NEWEST).build()).hits())
        .allSatisfy(h -> assertThat(h.score()).isPositive());
  }

  @Test
  void pagesCutTheSameOrderAndKeepTheTotal() throws Exception {
    SearchRequest.Builder q = SearchRequest.builder("cán bộ").sort(SearchSort.OLDEST).limit(4);
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      SearchResult r = searcher.search(q.page(page).build());
      assertThat(r.total()).isEqualTo(6);
      pages.addAll(r.hits().stream().map(h -> prefix(h.id())).toList());
    }
    assertThat(pages).containsExactly("003", "000", "001", "004", "new", "002");
    assertThat(ids(q.offset(5).build())).containsExactly("002");
    SearchRequest relevance = SearchRequest.builder("luân chuyển").limit(20).build();
    List<String> all = ids(relevance);
    assertThat(ids(relevance.toBuilder().limit(2).offset(2).build())).isEqualTo(all.subList(2, 4));
  }

  @Test
  void facetFiltersNarrowConsistentlyWithTheCounts() throws Exception {
    SearchRequest base = SearchRequest.builder("cán bộ").limit(20).facets(true).build();
    Map<String, Long> years = searcher.search(base).facets().get(Facets.YEAR);
    assertThat(years).containsOnlyKeys("2018", "2019", "2020", "2023", "2024");
    for (Map.Entry<String, Long> year : years.entrySet()) {
      SearchResult r = searcher.search(base.toBuilder().facet("year", year.getKey()).build());
      assertThat(r.total()).as(year.getKey()).isEqualTo(year.getValue());
      assertThat(r.facets().get(Facets.YEAR)).containsOnlyKeys(year.getKey());
    }
    SearchRequest twoYears = base.toBuilder().facet("year", "2019").facet("year", "2020").build();
    assertThat(ids(twoYears)).containsExactlyInAnyOrder("000", "001");
    assertThat(ids(twoYears.toBuilder().facet("source", "LSO").build())).containsExactly("001");
    // Typed values match ignoring case and diacritics; unknown values match nothing.
    assertThat(ids(base.toBuilder().facet("source", "lso").build())).containsExactly("001");
    assertThat(ids(base.toBuilder().facet("source", "dbp").build())).containsExactly("003");
    assertThat(searcher.search(base.toBuilder().facet("source", "Nowhere").build()).total()).isZero();
  }

  @Test
  void moreLikeThisFindsOtherArticlesSharingDistinctiveWords() throws Exception {
    String id = searcher.search(SearchRequest.of("\"Quảng Yên\"", 1)).hits().get(0).id();
    SearchResult similar = searcher.moreLikeThis(id, 10).orElseThrow();
    assertThat(similar.hits()).isNotEmpty().extracting(SearchHit::id).doesNotContain(id);
    assertThat(similar.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(searcher.moreLikeThis("no-such-article", 10)).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> searcher.moreLikeThis(id, 0));
  }

  @Test
  void badRequestsFailWithReadableMessages() {
    record Case(String expected, org.junit.jupiter.api.function.Executable call) {}
    List<Case> cases = List.of(
        new Case("unknown facet 'color'",
            () -> SearchRequest.builder("x").facet("color", "red").build()),
        new Case("goes past hit 10000",
            () -> SearchRequest.builder("x").limit(100).offset(9950).build()),
        new Case("goes past hit", () -> SearchRequest.builder("x").offset(-1).build()),
        new Case("page 0", () -> SearchRequest.builder("x").page(0)),
        new Case("cannot sort by 'size'", () -> SearchSort.parse("size")),
        new Case("limit 0", () -> SearchRequest.of("x", 0)),
        new Case("is not YYYY", () -> searcher.search(
            SearchRequest.builder("cán").dates("2019-13", null).build())),
        new Case("no words to search for", () -> searcher.search(SearchRequest.of("NOT", 5))));
    for (Case c : cases) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c.call());
      assertThat(e).hasMessageContaining(c.expected());
    }
  }
}
