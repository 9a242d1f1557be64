package org.canbo.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.canbo.extract.document.DocumentKeys;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.canbo.model.Document;
import org.canbo.model.Span;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.model.UserInputException;

/**
 * Searches the last commit of an index, read-only: ranked or date-sorted hits with escaped
 * snippets and facets, similar articles, concordance lines and counts over time: the
 * embedded {@link SearchBackend}, the default behind the CLI and the HTTP API.
 *
 * <p>Every call first switches to the newest commit if another process (an ingest) has committed
 * since, or to a new index if the directory was deleted and rebuilt ({@link IndexReaders}), then
 * holds its own reader reference, so it is thread-safe and never sees half an ingest; while the
 * index is missing, calls fail with {@link IndexUnavailableException}. Every call is held to the
 * time limit, rewriting of fuzzy and prefix words included. Bad input (queries, filters, ids of
 * too expensive queries, queries out of time) is an IllegalArgumentException whose message can
 * be shown to the user.
 */
public final class CorpusSearcher implements SearchBackend {
  public static final int SNIPPETS_PER_HIT = 3;
  /** The type of the spans {@link #matches} returns. */
  public static final String MATCH = "match";

  private final ThreadDeadline deadlines = new ThreadDeadline();
  private final IndexReaders readers;
  private final Analyzer analyzer;
  private final HitSearch hitSearch;

  /** Opens the index at {@code path} with a 10 s limit per query. */
  public CorpusSearcher(Path path, VietnameseSegmenter segmenter) throws IOException {
    this(path, segmenter, AnnotationReviews.NONE);
  }

  /**
   * Opens the index at {@code path} with a 10 s limit per query; search sees the values of
   * {@code reviews} (see {@link #CorpusSearcher(Path, VietnameseSegmenter, Duration, AnnotationReviews)}).
   */
  public CorpusSearcher(Path path, VietnameseSegmenter segmenter, AnnotationReviews reviews)
      throws IOException {
    this(path, segmenter, Duration.ofSeconds(10), reviews);
  }

  /**
   * Opens the index at {@code path}; queries running longer than {@code timeout} fail. The
   * segmenter (shared, loaded once) analyses queries for the word-level fields.
   */
  public CorpusSearcher(Path path, VietnameseSegmenter segmenter, Duration timeout)
      throws IOException {
    this(path, segmenter, timeout, AnnotationReviews.NONE);
  }

  /**
   * As {@link #CorpusSearcher(Path, VietnameseSegmenter, Duration)}; facets and the figure,
   * category, official and citation filters see the values of {@code reviews} (the index's
   * review journal) in place of the extracted ones.
   */
  public CorpusSearcher(Path path, VietnameseSegmenter segmenter, Duration timeout,
      AnnotationReviews reviews) throws IOException {
    this.analyzer = IndexSchema.analyzer(segmenter);
    this.hitSearch = new HitSearch(analyzer, new FacetCounter(), timeout, deadlines,
        new SearchFilters(new CiteTerms(DocumentKeys.load())), new ReviewOverlay(reviews, deadlines));
    this.readers = new IndexReaders(path, deadlines);
  }

  /** One page of hits for the request (see {@link SearchRequest}). */
  public SearchResult search(SearchRequest request) throws IOException {
    return withReader(reader -> hitSearch.run(reader, request));
  }

  /**
   * The articles most like the one with this id (by the distinctive syllables and words of its
   * body), best first, itself excluded; empty when no article has this id.
   */
  public Optional<SearchResult> moreLikeThis(String id, int limit) throws IOException {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new UserInputException("limit " + limit + " is not in 1.." + SearchRequest.MAX_LIMIT);
    }
    return withReader(reader -> new SimilarArticles(hitSearch, analyzer).find(reader, id, limit));
  }

  /** Every occurrence of the query in the article bodies, with context (see {@link KwicRequest}). */
  public KwicResult kwic(KwicRequest request) throws IOException {
    return withReader(reader -> new KwicFinder(hitSearch).find(reader, request));
  }

  /**
   * Every concordance line of the request (its page, limit and sort ignored), in id and position
   * order, handed to {@code sink} one at a time: the search is held to the time limit, writing the
   * lines is not (it goes at the pace of whoever reads them), and no more than one article's
   * lines are held at once.
   */
  public KwicSummary kwicExport(KwicRequest request, KwicLineSink sink) throws IOException {
    return withReader(reader -> KwicExport.plan(hitSearch, reader, request),
        export -> export.writeTo(sink));
  }

  /**
   * Matching articles (exactly the hits of {@link #search}) and occurrences per year or month, in
   * period order, plus those whose date lacks the year (or month).
   */
  public TrendResult trend(SearchRequest request, TrendGranularity by) throws IOException {
    return withReader(reader -> new TrendCounter(hitSearch).count(reader, request, by));
  }

  /** Word frequencies of the matching articles (see {@link FreqRequest}). */
  public FreqResult freq(FreqRequest request) throws IOException {
    return withReader(reader -> new WordFrequencies(hitSearch).count(reader, request));
  }

  /** Collocates of a query ranked by log-likelihood (see {@link CollocateRequest}). */
  public CollocateResult collocates(CollocateRequest request) throws IOException {
    return withReader(reader -> new CollocateFinder(hitSearch).find(reader, request));
  }

  /** The stored document with this id, as the model record, or empty. */
  public Optional<Document> find(String id) throws IOException {
    return withReader(reader -> new StoredDocuments(reader).find(id));
  }

  /**
   * Where {@code query} matches in the clean text of the article with this id, as the snippets
   * mark it (each word as typed, see {@link UserQueryParser}; a phrase or segmented word as one
   * span), by start, as spans of type {@link #MATCH}; empty when there is no such article or the
   * query is {@link SearchRequest#ALL}.
   */
  public List<Span> matches(String id, String query) throws IOException {
    return matches(id, query, false);
  }

  /** As {@link #matches(String, String)}; with {@code fold} every word ignores diacritics. */
  public List<Span> matches(String id, String query, boolean fold) throws IOException {
    return withReader(reader -> {
      int doc = new StoredDocuments(reader).docNumber(id);
      if (doc < 0 || SearchRequest.ALL.equals(query.strip())) {
        return List.of();
      }
      Query text = hitSearch.parser(reader).parse(query, QueryMode.search(fold)).query();
      List<LeafReaderContext> leaves = reader.leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      return new MatchOffsets(hitSearch.searcher(reader), text).in(leaf, doc - leaf.docBase)
          .stream().map(m -> new Span(m.start(), m.end(), MATCH)).toList();
    });
  }

  /** Number of documents in the last commit. */
  public int count() throws IOException {
    return withReader(DirectoryReader::numDocs);
  }

  /** Id, date, source and title of every indexed article, sorted by id. */
  public List<ArticleRow> articles() throws IOException {
    return withReader(reader -> new StoredDocuments(reader).articles());
  }

  /**
   * Calls {@code consumer} with every stored document of the last commit, in id order, loading one
   * document at a time (exports stream; the corpus is never held in memory).
   */
  public void forEachDocument(DocumentConsumer consumer) throws IOException {
    withReader(reader -> {
      new StoredDocuments(reader).forEach(consumer);
      return null;
    });
  }

  /**
   * Calls {@code consumer} with every stored document matching the request's query and filters
   * (its page, sort and facets are ignored), in id order, one at a time; returns how many
   * matched. Datasets "for the current search" stream through this.
   */
  @Override
  public long forEachMatch(SearchRequest request, DocumentConsumer consumer) throws IOException {
    return forEachMatch(request, Integer.MAX_VALUE, consumer);
  }

  /** As {@link #forEachMatch(SearchRequest, DocumentConsumer)}, loading only the first documents. */
  public long forEachMatch(SearchRequest request, int maxDocuments, DocumentConsumer consumer)
      throws IOException {
    return withReader(reader -> new MatchingDocuments(hitSearch)
        .forEach(reader, request, maxDocuments, consumer));
  }

  /** Switches to the newest commit now rather than on the next call. */
  public void refresh() throws IOException {
    readers.refresh();
  }

  @Override
  public void close() throws IOException {
    readers.close();
  }

  @FunctionalInterface
  private interface ReaderFunction<T> {
    T apply(DirectoryReader reader) throws IOException;
  }

  /**
   * Runs {@code f} on the newest reader, held to a fresh deadline (which also stops Lucene's
   * rewriting of fuzzy and prefix words, through the reader).
   */
  private <T> T withReader(ReaderFunction<T> f) throws IOException {
    return withReader(f, t -> t);
  }

  @FunctionalInterface
  private interface Then<T, R> {
    R apply(T limited) throws IOException;
  }

  /**
   * Runs {@code limited} as {@link #withReader(ReaderFunction)} does, then {@code then} on its
   * result with the same reader still held but no deadline: the second part of a streamed export.
   */
  private <T, R> R withReader(ReaderFunction<T> limited, Then<T, R> then) throws IOException {
    Deadline deadline = hitSearch.newDeadline();
    try (IndexReaders.Lease lease = readers.acquire()) {
      T planned = limitedTo(deadline, () -> limited.apply(lease.reader()));
      return then.apply(planned);
    }
  }

  private <T> T limitedTo(Deadline deadline, ThreadDeadline.Task<T> task) throws IOException {
    try {
      return deadlines.during(deadline, task);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new UserInputException("the query is too complex: it expands to more than "
          + IndexSearcher.getMaxClauseCount() + " terms", e);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      IllegalArgumentException late = deadline.expired(null);
      late.initCause(e);
      throw late;
    }
  }
}
