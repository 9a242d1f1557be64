package org.canbo.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollectorManager;
import java.util.Optional;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.util.Bits;
import org.canbo.extract.document.DocumentKeys;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Searches the last commit of an index, read-only, with BM25 and escaped snippets; picks up new
 * commits on the next search. Thread-safe: each search holds its own reader reference.
 */
public final class CorpusSearcher implements Closeable {
  public static final int SNIPPETS_PER_HIT = 3;
  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE,
      IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.LOCALITY);

  private final Directory directory;
  private final ReaderManager readers;
  private final Analyzer analyzer;
  private final Duration timeout;
  private final FacetCounter facetCounter = new FacetCounter();
  private final SearchFilters filters = new SearchFilters(new CiteTerms(DocumentKeys.load()));

  /** Opens the index at {@code path} with a 10 s limit per query. */
  public CorpusSearcher(Path path, VietnameseSegmenter segmenter) throws IOException {
    this(path, segmenter, Duration.ofSeconds(10));
  }

  /**
   * Opens the index at {@code path}; queries running longer than {@code timeout} fail. The
   * segmenter (shared, loaded once) analyses queries for the word-level fields.
   */
  public CorpusSearcher(Path path, VietnameseSegmenter segmenter, Duration timeout)
      throws IOException {
    this.timeout = timeout;
    this.analyzer = IndexSchema.analyzer(segmenter);
    this.directory = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IllegalArgumentException("no index at " + path + ": ingest documents first");
      }
      this.readers = new ReaderManager(DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  /**
   * Runs the request; IllegalArgumentException (with a message for the user) for bad queries,
   * bad filters, and queries that are too expensive.
   */
  public SearchResult search(SearchRequest request) throws IOException {
    Query text = new UserQueryParser(analyzer).parse(request.query());
    Query query = filters.apply(text, request);
    readers.maybeRefresh();
    DirectoryReader reader = readers.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
      Map<String, Map<String, Long>> facets = null;
      TopDocs top;
      if (request.facets()) {
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query,
            request.limit(), new FacetsCollectorManager());
        top = r.topDocs();
        facets = facetCounter.count(reader, r.facetsCollector());
      } else {
        top = searcher.search(
            query, new TopScoreDocCollectorManager(request.limit(), null, Integer.MAX_VALUE));
      }
      if (searcher.timedOut()) {
        throw new IllegalArgumentException("the query '" + request.query() + "' took longer than "
            + timeout.toMillis() + " ms; make it more specific");
      }
      return toResult(searcher, text, top, facets);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query '" + request.query() + "' is too complex", e);
    } finally {
      readers.release(reader);
    }
  }

  private SearchResult toResult(IndexSearcher searcher, Query text, TopDocs top,
      Map<String, Map<String, Long>> facets) throws IOException {
    int[] docIds = new int[top.scoreDocs.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    // Highlight the text query only: filters have no words to mark.
    List<List<String>> snippets =
        new SnippetHighlighter(searcher, analyzer).snippets(text, docIds, SNIPPETS_PER_HIT);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      org.apache.lucene.document.Document d = stored.document(sd.doc, HIT_FIELDS);
      hits.add(new SearchHit(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE),
          d.get(IndexSchema.DATE), d.get(IndexSchema.SOURCE), d.get(IndexSchema.LOCALITY),
          sd.score, snippets.get(i)));
    }
    return new SearchResult(top.totalHits.value, hits, facets);
  }

  /** The stored document with this id, as the model record, or empty. */
  public Optional<Document> find(String id) throws IOException {
    readers.maybeRefresh();
    DirectoryReader reader = readers.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(IndexSchema.toModel(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      readers.release(reader);
    }
  }

  /** Number of documents in the last commit. */
  public int count() throws IOException {
    readers.maybeRefresh();
    DirectoryReader reader = readers.acquire();
    try {
      return reader.numDocs();
    } finally {
      readers.release(reader);
    }
  }

  /** Id, date, source and title of every indexed article, sorted by id. */
  public List<ArticleRow> articles() throws IOException {
    readers.maybeRefresh();
    DirectoryReader reader = readers.acquire();
    try {
      Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.TITLE);
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      List<ArticleRow> rows = new ArrayList<>(reader.numDocs());
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          org.apache.lucene.document.Document d = stored.document(i, fields);
          rows.add(new ArticleRow(d.get(IndexSchema.ID), d.get(IndexSchema.DATE),
              d.get(IndexSchema.SOURCE), d.get(IndexSchema.TITLE)));
        }
      }
      rows.sort(java.util.Comparator.comparing(ArticleRow::id));
      return rows;
    } finally {
      readers.release(reader);
    }
  }

  /**
   * Calls {@code consumer} with every stored document of the last commit, in id order, loading one
   * document at a time (exports stream; the corpus is never held in memory).
   */
  public void forEachDocument(DocumentConsumer consumer) throws IOException {
    readers.maybeRefresh();
    DirectoryReader reader = readers.acquire();
    try {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      List<Map.Entry<String, Integer>> order = new ArrayList<>(reader.numDocs());
      Set<String> idOnly = Set.of(IndexSchema.ID);
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          order.add(Map.entry(stored.document(i, idOnly).get(IndexSchema.ID), i));
        }
      }
      order.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, Integer> e : order) {
        consumer.accept(IndexSchema.toModel(stored.document(e.getValue())));
      }
    } finally {
      readers.release(reader);
    }
  }

  /** Receives documents from {@link #forEachDocument}; may throw I/O errors of its own. */
  @FunctionalInterface
  public interface DocumentConsumer {
    void accept(Document document) throws IOException;
  }

  /** Switches to the newest commit now rather than on the next search. */
  public void refresh() throws IOException {
    readers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(readers, directory);
  }
}
