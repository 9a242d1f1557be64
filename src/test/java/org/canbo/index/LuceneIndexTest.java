package org.canbo.index;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.LockObtainFailedException;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {
  @TempDir Path dir;

  private static Document doc(String id, String sha, String text) {
    return Document.of(id, new SourceFile(id + ".txt", text.length(), sha, "text/plain", "UTF-8"),
        text, new ArticleMetadata("Tiêu đề " + id, "2020-01-01", "LSO", null, null));
  }

  @Test
  void acceptingTheSameIdTwiceKeepsOneDocument() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      index.accept(doc("a", "h1", "cán bộ"));
      index.accept(doc("a", "h2", "cán bộ luân chuyển"));
      index.commit();
      index.accept(doc("a", "h2", "cán bộ luân chuyển"));
      index.commit();
      assertThat(index.count()).isEqualTo(1);
    }
    try (CorpusSearcher searcher = new CorpusSearcher(dir, TestModels.SEGMENTER)) {
      assertThat(searcher.search(SearchRequest.of("luân chuyển", 10)).total()).isEqualTo(1);
    }
  }

  @Test
  void aCommitOfMostlyNewDocumentsMergesTheIndexInOrderButASmallAdditionDoesNot()
      throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      for (String id : List.of("a", "b", "c")) {
        index.accept(doc(id, "h" + id, "cán bộ " + id));
      }
      index.commit();
      for (String id : List.of("d", "e", "f")) {
        index.accept(doc(id, "h" + id, "cán bộ " + id));
      }
      index.commit(); // half of the index is new: one segment, documents in the order added
      assertThat(segmentsAndIds()).containsExactly(1, "a", "b", "c", "d", "e", "f");
      index.accept(doc("g", "hg", "cán bộ g"));
      index.commit(); // one in seven: the new segment stays
      assertThat(segmentsAndIds()).containsExactly(2, "a", "b", "c", "d", "e", "f", "g");
    }
  }

  @Test
  void aFirstCommitFlushedAsOneSegmentIsNotRewritten() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      for (String id : List.of("a", "b", "c")) {
        index.accept(doc(id, "h" + id, "cán bộ " + id));
      }
      index.commit();
    }
    SegmentInfos infos = lastCommit();
    assertThat(infos.size()).isEqualTo(1);
    assertThat(infos.info(0).info.name).as("the flushed segment itself").isEqualTo("_0");
    assertThat(segmentsAndIds()).containsExactly(1, "a", "b", "c");
  }

  @Test
  void aFirstCommitOfOneSegmentWithAReplacedDocumentIsMergedWithoutIt() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      index.accept(doc("a", "h1", "cán bộ a"));
      index.accept(doc("b", "hb", "cán bộ b"));
      index.accept(doc("a", "h2", "cán bộ luân chuyển a")); // deletes the first a
      index.commit();
    }
    SegmentInfos infos = lastCommit();
    assertThat(infos.size()).isEqualTo(1);
    assertThat(infos.info(0).info.name).isNotEqualTo("_0");
    assertThat(infos.info(0).getDelCount()).isZero();
    assertThat(segmentsAndIds()).containsExactly(1, "b", "a");
  }

  @Test
  void theIndexingBufferIsASixteenthOfTheHeapBetween16And32Mb() {
    long mb = 1_048_576;
    assertThat(LuceneIndex.ramBufferMb(2048 * mb)).isEqualTo(32);
    assertThat(LuceneIndex.ramBufferMb(384 * mb)).isEqualTo(24);
    assertThat(LuceneIndex.ramBufferMb(128 * mb)).isEqualTo(16);
  }

  private SegmentInfos lastCommit() throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory);
    }
  }

  /** The number of segments of the last commit, then the ids in document order. */
  private List<Object> segmentsAndIds() throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      List<Object> out = new ArrayList<>(List.of(reader.leaves().size()));
      var stored = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        out.add(stored.document(d).get(IndexSchema.ID));
      }
      return out;
    }
  }

  @Test
  void unchangedNeedsTheSameHashAndPipelineVersionInTheLastCommit() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      index.accept(doc("a", "h1", "cán bộ"));
      assertThat(index.isUnchanged("a", "h1")).as("not committed yet").isFalse();
      index.commit();
      assertThat(index.isUnchanged("a", "h1")).isTrue();
      assertThat(index.isUnchanged("a", "h2")).isFalse();
      assertThat(index.isUnchanged("b", "h1")).isFalse();
      assertThat(index.isUnchanged("a", null)).isFalse();
    }
    try (LuceneIndex index = new LuceneIndex(dir, "v2", TestModels.SEGMENTER)) {
      assertThat(index.isUnchanged("a", "h1")).as("new pipeline version").isFalse();
    }
  }

  @Test
  void uncommittedDocumentsAreInvisibleAndRolledBack() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      index.accept(doc("a", "h1", "cán bộ"));
      index.accept(doc("b", "h1", "cán bộ"));
      index.commit();
      index.accept(doc("c", "h1", "cán bộ"));
      index.accept(doc("a", "h9", "đã thay thế")); // an update is rolled back too
      try (CorpusSearcher searcher = new CorpusSearcher(dir, TestModels.SEGMENTER)) {
        assertThat(searcher.search(SearchRequest.of("cán bộ", 10)).total()).isEqualTo(2);
        assertThat(searcher.search(SearchRequest.of("thay thế", 10)).total()).isZero();
      }
      assertThat(index.count()).isEqualTo(2);
      index.rollback(); // what an interrupted run leaves behind
    }
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      assertThat(index.count()).isEqualTo(2);
      assertThat(index.isUnchanged("a", "h1")).isTrue();
    }
  }

  @Test
  void closeWithoutCommitDiscardsLikeACrash() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      index.accept(doc("a", "h1", "cán bộ"));
    }
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void searcherSeesNewCommitsOnTheNextSearch() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER);
        CorpusSearcher searcher = new CorpusSearcher(dir, TestModels.SEGMENTER)) {
      assertThat(searcher.search(SearchRequest.of("cán bộ", 10)).total()).isZero();
      index.accept(doc("a", "h1", "cán bộ"));
      index.commit();
      assertThat(searcher.search(SearchRequest.of("cán bộ", 10)).total()).isEqualTo(1);
    }
  }

  @Test
  void acceptIsSafeFromSeveralThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 250; i++) {
            // Ids overlap between threads: updates must still leave one doc per id.
            index.accept(doc("d" + ((thread * 100 + i) % 500), "h", "cán bộ số " + i));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      index.commit();
      assertThat(index.count()).isEqualTo(500);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSecondWriterOnTheSameIndexFailsClearly() throws Exception {
    try (LuceneIndex index = new LuceneIndex(dir, "v1", TestModels.SEGMENTER)) {
      assertThrows(LockObtainFailedException.class, () -> new LuceneIndex(dir, "v1", TestModels.SEGMENTER));
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void searcherRefusesAMissingIndex() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CorpusSearcher(dir.resolve("none"), TestModels.SEGMENTER));
    assertThat(e).hasMessageContaining("no such file or directory: " + dir.resolve("none"))
        .hasMessageContaining("ingest documents first");
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> new CorpusSearcher(dir, TestModels.SEGMENTER));
    assertThat(empty).hasMessageContaining("no index at " + dir);
  }
}
