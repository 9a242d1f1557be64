package org.canbo.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Runs one {@link SearchRequest} on one reader: parse, filter, rank or sort by date, count facets,
 * cut out the page, retry when nothing matched (segmented words as phrases, then with typo
 * tolerance), highlight the page; and finds all matching articles for the other requests.
 */
final class HitSearch {
  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE,
      IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.LOCALITY);

  private final Analyzer analyzer;
  private final FacetCounter facetCounter;
  private final Duration timeout;
  private final ThreadDeadline deadlines;
  private final SearchFilters filters;
  private final ReviewOverlay reviewed;
  private final TermExpansions expansions = new TermExpansions();
  private final ReaderMemo<FieldInfos> fieldInfos = new ReaderMemo<>(FieldInfos::getMergedFieldInfos);

  HitSearch(Analyzer analyzer, FacetCounter facetCounter, Duration timeout,
      ThreadDeadline deadlines, SearchFilters filters, ReviewOverlay reviewed) {
    this.reviewed = reviewed;
    this.analyzer = analyzer;
    this.facetCounter = facetCounter;
    this.timeout = timeout;
    this.deadlines = deadlines;
    this.filters = filters;
  }

  /** Starts the clock for one request. */
  Deadline newDeadline() {
    return new Deadline(timeout);
  }

  /** The running request's deadline (a fresh one outside a request). */
  Deadline deadline() {
    Deadline d = deadlines.current();
    return d != null ? d : newDeadline();
  }

  /** An IndexSearcher that stops queries running past the request's deadline. */
  IndexSearcher searcher(DirectoryReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setTimeout(deadline());
    return searcher;
  }

  /** The request's text query with its filters, facet values resolved against {@code reader}. */
  Query filtered(Query text, SearchRequest request, DirectoryReader reader) throws IOException {
    return filters.apply(text, request, (dim, v) -> facetCounter.labels(reader, dim, v),
        clause -> reviewed.filter(reader, clause));
  }

  /** The facet ordinals of {@code reader} (null without facets), for grouping by a facet. */
  org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState(IndexReader reader)
      throws IOException {
    return facetCounter.state(reader);
  }

  /** The request's text query in {@code mode}, words grouped by the index; all articles without one. */
  ParsedQuery parse(IndexReader reader, SearchRequest request, QueryMode mode) {
    if (request.matchesAll()) {
      return new ParsedQuery(new MatchAllDocsQuery(), Matching.ALL);
    }
    return parser(reader).parse(request.query(), mode);
  }

  /** A parser grouping words by the index's vocabulary, its variants remembered per reader. */
  UserQueryParser parser(IndexReader reader) {
    return new UserQueryParser(analyzer, WordVocabulary.of(reader, expansions), expansions);
  }

  /** The request's query as typed, as {@link #parse} reads it for errors and messages. */
  static String label(SearchRequest request) {
    return request.matchesAll() ? "" : request.query();
  }

  /**
   * Every article matching the request (query and filters, unscored), its words matched as
   * segmented words first; when that finds nothing, as phrases of their syllables.
   * {@code sequence} reads runs of words as one sequence, as the concordance does.
   */
  Matched matchAll(IndexSearcher searcher, DirectoryReader reader, SearchRequest request,
      boolean sequence) throws IOException {
    QueryMode mode = sequence ? QueryMode.sequence(request.fold()) : QueryMode.search(request.fold());
    Matched m = collect(searcher, reader, request, mode);
    if (m.count() == 0 && m.parsed().matching().units().contains(Matching.Unit.WORD)) {
      Matched phrases = collect(searcher, reader, request, mode.phrases());
      m = phrases.count() > 0 ? phrases : m;
    }
    return m;
  }

  /**
   * The query with a typo allowed per plain word, for retrying one that found nothing; empty when
   * the request turned the retry off or it changes nothing (see
   * {@link UserQueryParser#parseWithTypos}).
   */
  Optional<ParsedQuery> typos(IndexReader reader, SearchRequest request) {
    if (!request.fuzzyFallback() || request.matchesAll()) {
      return Optional.empty();
    }
    return parser(reader).parseWithTypos(request.query(), request.fold());
  }

  /** Matching articles, the parsed query and the mode it was parsed in. */
  record Matched(ParsedQuery parsed, QueryMode mode, FacetsCollector hits, long count) {}

  private Matched collect(IndexSearcher searcher, DirectoryReader reader, SearchRequest request,
      QueryMode mode) throws IOException {
    ParsedQuery parsed = parse(reader, request, mode);
    FacetsCollector hits =
        searcher.search(filtered(parsed.query(), request, reader), new FacetsCollectorManager());
    checkTimeout(searcher, label(request));
    long count = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    return new Matched(parsed, mode, hits, count);
  }

  SearchResult run(DirectoryReader reader, SearchRequest request) throws IOException {
    IndexSearcher searcher = searcher(reader);
    QueryMode mode = QueryMode.search(request.fold());
    ParsedQuery text = parse(reader, request, mode);
    Page page = execute(searcher, reader, filtered(text.query(), request, reader), request);
    if (page.top.totalHits.value == 0 && text.matching().units().contains(Matching.Unit.WORD)) {
      ParsedQuery phrases = parse(reader, request, mode.phrases());
      Page retry = execute(searcher, reader, filtered(phrases.query(), request, reader), request);
      if (retry.top.totalHits.value > 0) {
        page = retry;
        text = phrases;
      }
    }
    boolean fuzzy = false;
    if (page.top.totalHits.value == 0) {
      Optional<ParsedQuery> typos = typos(reader, request);
      if (typos.isPresent()) {
        Page retry = execute(searcher, reader, filtered(typos.get().query(), request, reader), request);
        if (retry.top.totalHits.value > 0) {
          page = retry;
          text = typos.get();
          fuzzy = true;
        }
      }
    }
    int end = Math.min(page.top.scoreDocs.length, request.offset() + request.limit());
    ScoreDoc[] slice = Arrays.copyOfRange(page.top.scoreDocs,
        Math.min(request.offset(), end), end);
    return new SearchResult(page.top.totalHits.value,
        page.top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO,
        hits(searcher, text.query(), slice), page.facets, fuzzy, text.matching().describe());
  }

  private record Page(TopDocs top, Map<String, Map<String, Long>> facets) {}

  private Page execute(IndexSearcher searcher, DirectoryReader reader, Query query,
      SearchRequest request) throws IOException {
    // Collapsing copies needs the hits beyond the page: the copies it drops make room for others.
    int n = request.collapse() ? SearchRequest.MAX_DEPTH : request.offset() + request.limit();
    Sort sort = sort(request.sort());
    Map<String, Map<String, Long>> facets = null;
    TopDocs top;
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult r = sort == null
          ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, n, sort, true,
              new FacetsCollectorManager());
      top = r.topDocs();
      facets = reviewed.facets(reader, r.facetsCollector(),
          facetCounter.count(reader, r.facetsCollector()));
    } else if (sort == null) {
      top = searcher.search(query, new TopScoreDocCollectorManager(n, null, counted(request, n)));
    } else {
      top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, counted(request, n)));
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    }
    checkTimeout(searcher, label(request));
    if (request.collapse()) {
      top = CollapsedHits.collapse(reader, top);
    }
    return new Page(top, facets);
  }

  /**
   * Hits to count exactly before the total may become a lower bound: past it Lucene skips blocks
   * of postings that cannot reach the page (block-max WAND, or the date index for date sorts)
   * instead of scoring every match. Collapsing needs every hit's cluster, so it counts all.
   */
  private static int counted(SearchRequest request, int n) {
    return request.exactTotal() || request.collapse() ? Integer.MAX_VALUE
        : Math.max(n, SearchRequest.COUNTED_HITS);
  }

  /** IllegalArgumentException when the last search on {@code searcher} ran out of time. */
  void checkTimeout(IndexSearcher searcher, String query) {
    if (searcher.timedOut()) {
      throw deadline().expired(query);
    }
  }

  /** Null for relevance; else by date, undated articles last either way, ties by relevance. */
  private static Sort sort(SearchSort by) {
    if (by == SearchSort.RELEVANCE) {
      return null;
    }
    boolean newest = by == SearchSort.NEWEST;
    SortField date = new SortField(IndexSchema.DATE_KEY, SortField.Type.LONG, newest);
    date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  /**
   * Hits with citation fields and snippets, the fields read with the body the snippets come from;
   * highlights {@code text} only (filters have no words).
   */
  List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] docs) throws IOException {
    int[] docIds = new int[docs.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = docs[i].doc;
    }
    // Rewritten once here: the highlighter would rewrite per hit (a typo word's automaton is
    // built anew each time), and so it marks exactly the terms the search matched.
    Query terms = docIds.length == 0 ? text : searcher.rewrite(text);
    List<SnippetHighlighter.Highlighted> highlighted = new SnippetHighlighter(searcher, analyzer,
        fieldInfos.get(searcher.getIndexReader()), HIT_FIELDS)
        .highlight(terms, docIds, CorpusSearcher.SNIPPETS_PER_HIT);
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      org.apache.lucene.document.Document d = highlighted.get(i).stored();
      hits.add(new SearchHit(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE),
          d.get(IndexSchema.DATE), d.get(IndexSchema.SOURCE), d.get(IndexSchema.LOCALITY),
          docs[i].score, highlighted.get(i).snippets()));
    }
    return hits;
  }
}
