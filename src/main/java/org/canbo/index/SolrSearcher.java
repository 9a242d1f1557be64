package org.canbo.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.canbo.extract.document.DocumentKeys;
import org.canbo.model.Document;
import org.canbo.model.Span;
import org.canbo.nlp.segment.VietnameseSegmenter;

/**
 * The {@link SearchBackend} over a SolrCloud collection holding what the embedded index holds
 * (same fields and analysis): queries are parsed by canbo as for the embedded index, words
 * grouped and variants expanded against the collection's terms, and sent as exact Solr queries
 * ({@link SolrQueryWriter}); hits, totals, date order and facets come from Solr. Concordance,
 * trend, word statistics and matches are computed by the embedded code over the matching
 * articles fetched from Solr ({@link ScratchIndex}): equal results, at the cost of analysing
 * those articles again per request. Thread-safe (SolrJ's client is).
 */
public final class SolrSearcher implements SearchBackend {
  private final SolrCollection collection;
  private final VietnameseSegmenter segmenter;
  private final Analyzer analyzer;
  private final SearchFilters filters = new SearchFilters(new CiteTerms(DocumentKeys.load()));
  private final SolrFacets facets;

  /** Searches {@code collection} through {@code client}, which this searcher closes. */
  public SolrSearcher(SolrClient client, String collection, VietnameseSegmenter segmenter) {
    this.collection = new SolrCollection(client, collection);
    this.segmenter = segmenter;
    this.analyzer = IndexSchema.analyzer(segmenter);
    this.facets = new SolrFacets(this.collection);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return new SolrHitSearch(this).run(request);
  }

  @Override
  public Optional<SearchResult> moreLikeThis(String id, int limit) {
    throw new IllegalArgumentException("similar articles are not available with --solr yet");
  }

  @Override
  public KwicResult kwic(KwicRequest request) throws IOException {
    return onMatches(request.search(), s -> s.kwic(request));
  }

  @Override
  public KwicSummary kwicExport(KwicRequest request, KwicLineSink sink) throws IOException {
    return onMatches(request.search(), s -> s.kwicExport(request, sink));
  }

  @Override
  public TrendResult trend(SearchRequest request, TrendGranularity by) throws IOException {
    return onMatches(request, s -> s.trend(request, by));
  }

  @Override
  public FreqResult freq(FreqRequest request) throws IOException {
    return onMatches(request.search(), s -> s.freq(request));
  }

  @Override
  public CollocateResult collocates(CollocateRequest request) throws IOException {
    return onMatches(request.search(), s -> s.collocates(request));
  }

  @Override
  public Optional<Document> find(String id) throws IOException {
    ModifiableSolrParams p = SolrCollection.params("{!term f=" + IndexSchema.ID + " v=$id}",
        Map.of("id", id));
    p.set("fl", "*");
    p.set("rows", 1);
    for (SolrDocument d : collection.query(p).getResults()) {
      return Optional.of(SolrSchema.toModel(d));
    }
    return Optional.empty();
  }

  @Override
  public List<Span> matches(String id, String query) throws IOException {
    return matches(id, query, false);
  }

  @Override
  public List<Span> matches(String id, String query, boolean fold) throws IOException {
    Optional<Document> d = find(id);
    if (d.isEmpty()) {
      return List.of();
    }
    try (ScratchIndex scratch = new ScratchIndex(segmenter)) {
      scratch.add(d.get());
      try (CorpusSearcher s = scratch.searcher()) {
        return s.matches(id, query, fold);
      }
    }
  }

  @Override
  public int count() throws IOException {
    return (int) collection.count("*:*", Map.of());
  }

  @Override
  public List<ArticleRow> articles() throws IOException {
    List<ArticleRow> rows = new ArrayList<>();
    forEachDocument(d -> rows.add(new ArticleRow(d.id(), d.metadata().date(),
        d.metadata().source(), d.metadata().title())));
    return rows;
  }

  @Override
  public void forEachDocument(DocumentConsumer consumer) throws IOException {
    collection.stream("*:*", Map.of(), Integer.MAX_VALUE, consumer);
  }

  @Override
  public long forEachMatch(SearchRequest request, int maxDocuments, DocumentConsumer consumer)
      throws IOException {
    // As the embedded MatchingDocuments: words, else their syllables as phrases, else typos.
    SolrQueryWriter writer = writer();
    ParsedQuery words = parse(request, QueryMode.search(request.fold()));
    String q = writer.write(filtered(words.query(), request));
    if (collection.count(q, writer.params()) == 0
        && words.matching().units().contains(Matching.Unit.WORD)) {
      q = writer.write(filtered(parse(request, QueryMode.search(request.fold()).phrases()).query(),
          request));
    }
    Optional<ParsedQuery> typos = typos(request);
    if (typos.isPresent() && collection.count(q, writer.params()) == 0) {
      q = writer.write(filtered(typos.get().query(), request));
    }
    return collection.stream(q, writer.params(), maxDocuments, consumer);
  }

  @Override
  public void refresh() {
    // Solr opens new searchers on commit by itself.
  }

  @Override
  public void close() throws IOException {
    collection.close();
  }

  /** Work done by the embedded searcher over a scratch index of the matching articles. */
  @FunctionalInterface
  private interface ScratchTask<T> {
    T run(CorpusSearcher scratch) throws IOException;
  }

  /**
   * Runs {@code task} over every article the request could match in any reading the embedded
   * code may choose (words, sequences, phrases, a typo per word): the embedded code then picks
   * the same reading and finds the same lines among them.
   */
  private <T> T onMatches(SearchRequest request, ScratchTask<T> task) throws IOException {
    boolean fold = request.fold();
    List<Query> texts = new ArrayList<>();
    for (QueryMode mode : List.of(QueryMode.search(fold), QueryMode.search(fold).phrases(),
        QueryMode.sequence(fold), QueryMode.sequence(fold).phrases())) {
      texts.add(parse(request, mode).query());
    }
    typos(request).ifPresent(t -> texts.add(t.query()));
    SolrQueryWriter writer = writer();
    String q = writer.write(filtered(anyOf(texts), request));
    try (ScratchIndex scratch = new ScratchIndex(segmenter)) {
      collection.stream(q, writer.params(), Integer.MAX_VALUE, scratch::add);
      try (CorpusSearcher s = scratch.searcher()) {
        return task.run(s);
      }
    }
  }

  private static Query anyOf(List<Query> texts) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    texts.forEach(t -> any.add(t, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** The request's text query in {@code mode}, words grouped by the collection's vocabulary. */
  ParsedQuery parse(SearchRequest request, QueryMode mode) {
    if (request.matchesAll()) {
      return new ParsedQuery(new MatchAllDocsQuery(), Matching.ALL);
    }
    return new UserQueryParser(analyzer, vocabulary()).parse(request.query(), mode);
  }

  /** The query with a typo allowed per plain word, unless the request turned that off. */
  Optional<ParsedQuery> typos(SearchRequest request) {
    if (!request.fuzzyFallback() || request.matchesAll()) {
      return Optional.empty();
    }
    return new UserQueryParser(analyzer, vocabulary()).parseWithTypos(request.query(),
        request.fold());
  }

  /** The text query with the request's filters, facet values resolved against the collection. */
  Query filtered(Query text, SearchRequest request) throws IOException {
    // Reviews are not carried into Solr (README): the extracted values are searched.
    return filters.apply(text, request, facets::labels, SearchFilters.Reviewed.NONE);
  }

  /** A writer expanding variants to the collection's terms. */
  SolrQueryWriter writer() {
    return new SolrQueryWriter((field, pattern) -> collection.terms(field, pattern.regex(), -1));
  }

  /** The segmented words of the collection's word field. */
  private WordVocabulary vocabulary() {
    return word -> {
      try {
        if (word.literal()) {
          return collection.count("{!term f=" + IndexSchema.BODY_WORDS + " v=$w}",
              Map.of("w", word.text())) > 0;
        }
        return !collection.terms(IndexSchema.BODY_WORDS, word.regex(), 1).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  SolrCollection collection() {
    return collection;
  }

  VietnameseSegmenter segmenter() {
    return segmenter;
  }

  Analyzer analyzer() {
    return analyzer;
  }
}
