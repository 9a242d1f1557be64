package org.canbo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
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

  /**
   * Opens or creates the index at {@code path}; fails if another writer holds its lock. The
   * segmenter (loaded once by the caller, shared) analyses the word-level fields.
   */
  public LuceneIndex(Path path, String pipelineVersion, VietnameseSegmenter segmenter)
      throws IOException {
    this.path = path;
    this.schema = new IndexSchema(pipelineVersion);
    this.directory = FSDirectory.open(Files.createDirectories(path));
    IndexWriter w = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer(segmenter))
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
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
  public void accept(Document document) throws IOException {
    writer.updateDocument(new Term(IndexSchema.ID, document.id()), schema.toLucene(document));
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
    committed.maybeRefreshBlocking();
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

  /** Closes without committing: uncommitted documents are discarded (see the class comment). */
  @Override
  public void close() throws IOException {
    IOUtils.close(committed, writer, directory);
  }
}
