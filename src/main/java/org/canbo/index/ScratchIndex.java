package org.canbo.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * A throwaway embedded index of a few documents fetched from Solr, analysed exactly as the
 * embedded index analyses them, so that what Solr cannot compute alike (snippets, concordance
 * lines, occurrences, word frequencies) comes from the embedded code itself: searched through a
 * {@link CorpusSearcher} and deleted on close.
 */
final class ScratchIndex implements Closeable {
  private final Path dir;
  private final IndexWriter writer;
  private final IndexSchema schema = new IndexSchema("solr");
  private final VietnameseSegmenter segmenter;
  private int size;

  ScratchIndex(VietnameseSegmenter segmenter) throws IOException {
    this.segmenter = segmenter;
    this.dir = Files.createTempDirectory("canbo-solr-");
    this.writer = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig(IndexSchema.analyzer(segmenter)));
  }

  /** Adds a document; the order of adding is the order of doc numbers. */
  void add(Document d) throws IOException {
    writer.addDocument(schema.toLucene(d));
    size++;
  }

  int size() {
    return size;
  }

  /** Commits what was added and opens a searcher on it (closed by the caller, before this). */
  CorpusSearcher searcher() throws IOException {
    writer.commit();
    return new CorpusSearcher(dir, segmenter);
  }

  /** The directory holding the index, for readers of its own. */
  Path dir() throws IOException {
    writer.commit();
    return dir;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    writer.getDirectory().close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
