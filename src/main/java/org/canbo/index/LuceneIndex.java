package org.canbo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.canbo.index.copies.CopyClusterer;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.pipeline.DocumentSink;

/**
 * The Lucene index as a {@link DocumentSink}: documents replace any earlier version with the same
 * id, and become visible and durable all at once on {@link #commit()}.
 *
 * <p>Nothing is committed implicitly: {@link #close()} without {@link #commit()} discards what
 * was accepted since the last commit, exactly like a crash would, so a half-finished run never
 * looks complete. Re-running is safe because ids are stable and {@code accept} replaces.
 * {@link #isUnchanged} and {@link #count()} see the last commit only. Thread-safe.
 */
public final class LuceneIndex implements DocumentSink {
  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  /** Readers over the last commit only, refreshed after each commit. */
  private final ReaderManager committed;
  private final IndexSchema schema;
  /** Ids accepted since the last commit: grouped with their copies before the next one. */
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private volatile long groupingNanos;

  /**
   * Opens or creates the index at {@code path}; fails if another writer holds its lock. The
   * segmenter (loaded once by the caller, shared) analyses the word-level fields.
   */
  public LuceneIndex(Path path, String pipelineVersion, VietnameseSegmenter segmenter)
      throws IOException {
    this(path, FSDirectory.open(Files.createDirectories(path)), pipelineVersion, segmenter);
  }

  /**
   * Opens or creates the index in {@code directory}, which this index then closes; {@code path}
   * only names it. Tests pass a directory that fails like a full disk.
   */
  public LuceneIndex(Path path, Directory directory, String pipelineVersion,
      VietnameseSegmenter segmenter) throws IOException {
    this.path = path;
    this.schema = new IndexSchema(pipelineVersion, segmenter);
    this.directory = directory;
    IndexWriter w = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer(segmenter))
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
          .setCommitOnClose(false);
      w = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        w.commit(); // an empty first commit, so readers can open a new index
      }
      this.committed = new ReaderManager(DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(w, directory);
      throw e;
    }
    this.writer = w;
  }

  /**
   * The indexing buffer for a heap of {@code maxHeap} bytes: a sixteenth of it, from Lucene's
   * default 16 MB up to 32 MB. Each flush writes every term's dictionary entry again and each
   * segment is merged again later: storing 5,400 articles took a quarter less CPU at 32 MB than at
   * 16 MB, and no less at 64 MB, which only held more heap. A small heap keeps the default.
   */
  static double ramBufferMb(long maxHeap) {
    return Math.max(IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB,
        Math.min(32, maxHeap / 16 / 1_048_576.0));
  }

  public Path path() {
    return path;
  }

  public IndexSchema schema() {
    return schema;
  }

  @Override
  public boolean isUnchanged(String id, String sha256) throws IOException {
    if (id == null || sha256 == null) {
      return false;
    }
    DirectoryReader reader = committed.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return false;
      }
      org.apache.lucene.document.Document stored = searcher.storedFields().document(
          top.scoreDocs[0].doc, Set.of(IndexSchema.SHA256, IndexSchema.PIPELINE_VERSION));
      return sha256.equals(stored.get(IndexSchema.SHA256))
          && schema.pipelineVersion().equals(stored.get(IndexSchema.PIPELINE_VERSION));
    } finally {
      committed.release(reader);
    }
  }

  @Override
  public boolean contains(String id) throws IOException {
    DirectoryReader reader = committed.acquire();
    try {
      return new IndexSearcher(reader).count(new TermQuery(new Term(IndexSchema.ID, id))) > 0;
    } finally {
      committed.release(reader);
    }
  }

  @Override
  public Optional<String> idWithContent(String sha256) throws IOException {
    DirectoryReader reader = committed.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.SHA256, sha256)), 16);
      Optional<String> smallest = Optional.empty();
      for (ScoreDoc hit : top.scoreDocs) {
        String id = searcher.storedFields().document(hit.doc, Set.of(IndexSchema.ID))
            .get(IndexSchema.ID);
        if (id != null && (smallest.isEmpty() || id.compareTo(smallest.get()) < 0)) {
          smallest = Optional.of(id);
        }
      }
      return smallest;
    } finally {
      committed.release(reader);
    }
  }

  /**
   * Adds or replaces the document. A write error (disk full) closes Lucene's writer for good;
   * every later call then reports that first error, not a bare {@link AlreadyClosedException}.
   */
  @Override
  public void accept(Document document) throws IOException {
    try {
      writer.updateDocument(new Term(IndexSchema.ID, document.id()), schema.toLucene(document));
      changed.add(document.id());
    } catch (AlreadyClosedException e) {
      throw closed(e);
    }
  }

  /**
   * Groups what was accepted with its syndicated copies ({@link CopyClusterer}), then commits; the
   * grouping and the documents become visible together.
   */
  @Override
  public void commit() throws IOException {
    try {
      writer.flush(); // the commit's own work, done first so that groupingNanos is grouping only
      long started = System.nanoTime();
      DirectoryReader previous = committed.acquire();
      try {
        new CopyClusterer(writer, IndexSchema.ID, IndexSchema.DATE_KEY)
            .group(List.copyOf(changed), previous);
      } finally {
        committed.release(previous);
      }
      groupingNanos = System.nanoTime() - started;
      writer.commit();
      int added = changed.size();
      changed.clear();
      mergeWhenMostlyNew(added);
    } catch (AlreadyClosedException e) {
      throw closed(e);
    }
    committed.maybeRefreshBlocking();
  }

  /**
   * Merges the index into one segment when the documents of this commit are at least half of it
   * (a first ingest, or one that doubled it), then commits again. A search pays a fixed cost per
   * segment (term lookups, facet ordinal maps, merged field infos): on 100,000 articles in 27
   * segments, faceted search and the concordance took half as much CPU again as on one. Small
   * additions to a large index leave merging to the merge policy: a full rewrite each time would
   * cost more than it saves. Adjacent segments are merged in order, so documents keep their
   * order and ties between equal scores stay as they were.
   */
  private void mergeWhenMostlyNew(int added) throws IOException {
    int docs = writer.getDocStats().numDocs;
    if (added == 0 || (long) added * 2 < docs || isOneCleanSegment()) {
      return;
    }
    MergePolicy policy = writer.getConfig().getMergePolicy();
    writer.getConfig().setMergePolicy(new LogByteSizeMergePolicy());
    try {
      writer.forceMerge(1);
    } finally {
      writer.getConfig().setMergePolicy(policy);
    }
    writer.commit();
  }

  /**
   * True when the last commit is one segment without deleted documents: merging it would only
   * rewrite it out of its compound file, with the same documents, postings and statistics.
   */
  private boolean isOneCleanSegment() throws IOException {
    SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
    return infos.size() == 1 && infos.info(0).getDelCount() == 0
        && infos.info(0).getSoftDelCount() == 0;
  }

  private IOException closed(AlreadyClosedException e) {
    Throwable tragic = writer.getTragicException();
    return new IOException(tragic != null ? tragic.getMessage() : "index writer closed", e);
  }

  /** Time the last commit spent grouping copies (for bench-copies). */
  public long groupingNanos() {
    return groupingNanos;
  }

  @Override
  public String description() {
    return "index";
  }

  /** Discards everything accepted since the last commit and closes this index. */
  public void rollback() throws IOException {
    try {
      writer.rollback();
    } finally {
      IOUtils.close(committed, directory);
    }
  }

  /** The number of documents in the last commit. */
  public int count() throws IOException {
    DirectoryReader reader = committed.acquire();
    try {
      return reader.numDocs();
    } finally {
      committed.release(reader);
    }
  }

  /**
   * Closes without committing: uncommitted documents are discarded (see the class comment). A
   * writer already closed by a write error has nothing left to discard.
   */
  @Override
  public void close() throws IOException {
    if (writer.getTragicException() != null) {
      IOUtils.closeWhileHandlingException(writer);
      IOUtils.close(committed, directory);
      return;
    }
    IOUtils.close(committed, writer, directory);
  }
}
