package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canbo.TestModels;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past {@link SearchRequest#COUNTED_HITS} matches a search without facets gives the total as a
 * lower bound, with the same page; asked for the exact total, or for facets, it counts them all.
 */
class SearchTotalTest {
  private static final int MATCHING = SearchRequest.COUNTED_HITS + 300;
  @TempDir static Path dir;
  private static CorpusSearcher searcher;

  @BeforeAll
  static void indexShortArticles() throws Exception {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < MATCHING; i++) {
      docs.add(Document.of(String.format("short/%05d", i), null, (i % 7 == 0
          ? "Tỉnh ủy luân chuyển cán bộ về cơ sở, lần " : "Huyện điều động cán bộ, đợt ") + i + ".",
          ArticleMetadata.EMPTY));
    }
    docs.add(Document.of("short/other", null, "Thị xã xây dựng trường học.", ArticleMetadata.EMPTY));
    SeedCorpus.index(dir, docs.toArray(Document[]::new));
    searcher = new CorpusSearcher(dir, TestModels.SEGMENTER);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void manyMatchesGiveALowerBoundUnlessTheExactTotalIsAskedFor() throws Exception {
    SearchResult quick = searcher.search(SearchRequest.of("cán bộ", 10));
    assertThat(quick.totalAtLeast()).isTrue();
    assertThat(quick.total()).isBetween((long) SearchRequest.COUNTED_HITS, (long) MATCHING + 5);

    SearchResult exact = searcher.search(SearchRequest.builder("cán bộ").exactTotal(true).build());
    assertThat(exact.totalAtLeast()).isFalse();
    assertThat(exact.total()).isGreaterThanOrEqualTo(MATCHING);
    // The page is the same either way: skipping only drops hits that cannot reach it.
    assertThat(quick.hits()).extracting(SearchHit::id)
        .isEqualTo(exact.hits().stream().map(SearchHit::id).toList());

    SearchResult faceted = searcher.search(SearchRequest.builder("cán bộ").facets(true).build());
    assertThat(faceted.totalAtLeast()).isFalse();
    assertThat(faceted.total()).isEqualTo(exact.total());
  }

  @Test
  void fewMatchesAreCountedExactly() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("luân chuyển", 10));
    assertThat(r.totalAtLeast()).isFalse();
    // Every seventh short article, plus the seeds that say it: under the counting limit.
    assertThat(r.total()).isBetween((MATCHING + 6) / 7L, (MATCHING + 6) / 7L + 5)
        .isEqualTo(searcher.search(SearchRequest.builder("luân chuyển").exactTotal(true).build())
            .total());
  }
}
