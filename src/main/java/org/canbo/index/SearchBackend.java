package org.canbo.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.canbo.model.Document;
import org.canbo.model.Span;

/**
 * What the commands and the server read from an index: hits with filters, facets and snippets,
 * concordance lines, counts over time, word statistics and the stored documents. Two
 * implementations answer the same requests with the same results: {@link CorpusSearcher} over an
 * embedded Lucene index (the default) and a SolrCloud collection ({@code --solr}).
 *
 * <p>Implementations are thread-safe. Bad input (queries, filters, ids) is an
 * IllegalArgumentException whose message can be shown to the user; an index that is missing for
 * now is an {@link IndexUnavailableException}.
 */
public interface SearchBackend extends Closeable {
  /** One page of hits for the request (see {@link SearchRequest}). */
  SearchResult search(SearchRequest request) throws IOException;

  /** The articles most like the one with this id, best first; empty when there is none. */
  Optional<SearchResult> moreLikeThis(String id, int limit) throws IOException;

  /** Every occurrence of the query in the article bodies, with context (see {@link KwicRequest}). */
  KwicResult kwic(KwicRequest request) throws IOException;

  /**
   * Every concordance line of the request (its page, limit and sort ignored), in id and position
   * order, handed to {@code sink} one at a time.
   */
  KwicSummary kwicExport(KwicRequest request, KwicLineSink sink) throws IOException;

  /** Matching articles and occurrences per year or month, in period order. */
  TrendResult trend(SearchRequest request, TrendGranularity by) throws IOException;

  /** Word frequencies of the matching articles (see {@link FreqRequest}). */
  FreqResult freq(FreqRequest request) throws IOException;

  /** Collocates of a query ranked by log-likelihood (see {@link CollocateRequest}). */
  CollocateResult collocates(CollocateRequest request) throws IOException;

  /** The stored document with this id, as the model record, or empty. */
  Optional<Document> find(String id) throws IOException;

  /** Where {@code query} matches in the clean text of the article with this id, by start. */
  List<Span> matches(String id, String query) throws IOException;

  /** As {@link #matches(String, String)}; with {@code fold} every word ignores diacritics. */
  List<Span> matches(String id, String query, boolean fold) throws IOException;

  /** Number of searchable documents. */
  int count() throws IOException;

  /** Id, date, source and title of every indexed article, sorted by id. */
  List<ArticleRow> articles() throws IOException;

  /** Calls {@code consumer} with every stored document, in id order, one at a time. */
  void forEachDocument(DocumentConsumer consumer) throws IOException;

  /**
   * Calls {@code consumer} with every stored document matching the request's query and filters
   * (its page, sort and facets are ignored), in id order, one at a time; returns how many matched.
   */
  default long forEachMatch(SearchRequest request, DocumentConsumer consumer) throws IOException {
    return forEachMatch(request, Integer.MAX_VALUE, consumer);
  }

  /** As {@link #forEachMatch(SearchRequest, DocumentConsumer)}, loading only the first documents. */
  long forEachMatch(SearchRequest request, int maxDocuments, DocumentConsumer consumer)
      throws IOException;

  /** Sees the newest changes now rather than on the next call. */
  void refresh() throws IOException;

  /** Receives documents from {@link #forEachDocument}; may throw I/O errors of its own. */
  @FunctionalInterface
  interface DocumentConsumer {
    void accept(Document document) throws IOException;
  }
}
