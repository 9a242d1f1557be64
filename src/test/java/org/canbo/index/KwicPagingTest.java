package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.canbo.TestModels;
import org.canbo.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concordance page on many articles reads only the articles it needs, in id order, and says
 * when its counts are estimated; asked for exact counts it reads them all. Copies of the seeds
 * are indexed with ids out of insertion order, so index order and id order differ.
 */
class KwicPagingTest {
  private static final int COPIES = 12;
  @TempDir static Path dir;
  private static CorpusSearcher searcher;

  @BeforeAll
  static void indexCopies() throws Exception {
    List<Document> copies = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      for (Document seed : SeedCorpus.load()) {
        // Ids descend as they are added: the index order is the reverse of the id order.
        String id = String.format("copy/%02d_%s", COPIES - i, seed.id());
        copies.add(new Document(id, seed.source(), seed.text(), seed.metadata(), seed.pages(),
            seed.status(), seed.layers()));
      }
    }
    SeedCorpus.index(dir, copies.toArray(Document[]::new));
    searcher = new CorpusSearcher(dir, TestModels.SEGMENTER);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static KwicResult kwic(String query, int offset, int limit, KwicSort sort,
      boolean exact) throws IOException {
    return searcher.kwic(new KwicRequest(
        SearchRequest.builder(query).offset(offset).limit(limit).build(), KwicRequest.DEFAULT_WIDTH,
        sort, exact));
  }

  @Test
  void aPageIsTheSameSliceOfEveryLineInIdOrderWithEstimatedCounts() throws Exception {
    List<KwicLine> every = new ArrayList<>();
    KwicSummary all = searcher.kwicExport(KwicRequest.of("cán bộ", 1), every::add);
    assertThat(every).hasSizeGreaterThan(30);

    KwicResult first = kwic("cán bộ", 0, 10, KwicSort.DOC, false);
    assertThat(first.lines()).isEqualTo(every.subList(0, 10));
    assertThat(first.totalEstimated()).isTrue();
    assertThat(first.complete()).isTrue();
    // Copies repeat the same texts: the estimate is near the real count, never below what it read.
    assertThat(first.total()).isBetween(all.lines() / 3, all.lines() * 3);

    KwicResult third = kwic("cán bộ", 20, 10, KwicSort.DOC, false);
    assertThat(third.lines()).isEqualTo(every.subList(20, 30));

    KwicResult exact = kwic("cán bộ", 20, 10, KwicSort.DOC, true);
    assertThat(exact.lines()).isEqualTo(third.lines());
    assertThat(exact.totalEstimated()).isFalse();
    assertThat(exact.total()).isEqualTo(all.lines());
    assertThat(exact.documents()).isEqualTo(all.documents());
  }

  @Test
  void aPageBeyondTheLastLineIsEmptyAndCountsExactly() throws Exception {
    KwicSummary all = searcher.kwicExport(KwicRequest.of("Thành ủy", 1), l -> { });
    KwicResult past = kwic("Thành ủy", (int) all.lines() + 5, 10, KwicSort.DOC, false);
    assertThat(past.lines()).isEmpty();
    assertThat(past.totalEstimated()).isFalse();
    assertThat(past.total()).isEqualTo(all.lines());
  }

  @Test
  void walkingTheIdTermsGivesTheMatchesInStoredIdOrder() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      IdOrderedMatches matches = new IdOrderedMatches(reader, searcher.search(
          new TermQuery(new Term(IndexSchema.BODY, "thành")), new FacetsCollectorManager()));
      List<Integer> stored = drain(matches.byStoredIds());
      List<Integer> walked = drain(matches.byIdTerms());
      assertThat(walked).isEqualTo(stored).hasSize(matches.count());
      assertThat(matches.count()).isGreaterThan(COPIES).isLessThan(reader.maxDoc() + 1);
      List<String> ids = new ArrayList<>();
      for (int doc : walked) {
        ids.add(reader.storedFields().document(doc).get(IndexSchema.ID));
      }
      assertThat(ids).isSorted();
    }
  }

  private static List<Integer> drain(IdOrderedMatches.DocIterator it) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (int d = it.next(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.next()) {
      docs.add(d);
    }
    return docs;
  }
}
