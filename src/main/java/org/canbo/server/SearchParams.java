package org.canbo.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbo.index.CollocateRequest;
import org.canbo.index.FilterSpec;
import org.canbo.index.FreqGrouping;
import org.canbo.index.FreqRequest;
import org.canbo.index.KwicRequest;
import org.canbo.index.KwicSort;
import org.canbo.index.SearchRequest;
import org.canbo.index.SearchSort;

/**
 * Turns request parameters into the library's requests, one meaning for every endpoint: {@code q}
 * (absent, empty or {@code *}: every article, so filters and facets browse the collection),
 * {@code from}/{@code to}, {@code source}, {@code figure} and {@code category} (repeatable),
 * {@code cites}, {@code official}, {@code province} and {@code facet.DIM} (repeatable), plus
 * {@code sort}, {@code page} and {@code limit} where a page of results is returned; {@code fold=1}
 * matches every word ignoring diacritics.
 */
final class SearchParams {
  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_PAGE = 1000;

  private SearchParams() {}

  /** The query text, at most {@link #MAX_QUERY_CHARS} characters; {@code *} when absent or blank. */
  static String query(QueryParams params) {
    String q = params.get("q");
    if (q == null) {
      return SearchRequest.ALL;
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw HttpError.badRequest("the query is longer than " + MAX_QUERY_CHARS + " characters ("
          + q.length() + ")");
    }
    return q;
  }

  /** True when any filter parameter is present. */
  static boolean hasFilters(QueryParams params) {
    return params.names().stream()
        .filter(name -> name.startsWith(FilterSpec.FACET_PREFIX) || FilterSpec.NAMES.contains(name))
        .anyMatch(name -> !params.all(name).isEmpty());
  }

  /** The query and filters; page, limit and sort left at the builder's defaults. */
  static SearchRequest.Builder filtered(QueryParams params) {
    return filtered(params, query(params));
  }

  /** {@code fold=1} (or true): every word matched ignoring diacritics. */
  static boolean fold(QueryParams params) {
    String v = params.get("fold");
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
  }

  /**
   * A word frequency list: the query is optional (without one, every article passing the
   * filters); {@code by} year, source or province; {@code limit} words per group.
   */
  static FreqRequest freq(QueryParams params) {
    String q = params.get("q");
    SearchRequest search = (q == null || q.isBlank() ? filtered(params, SearchRequest.ALL)
        : filtered(params)).build();
    return new FreqRequest(search, FreqGrouping.parse(params.get("by")),
        params.integer("limit", FreqRequest.DEFAULT_LIMIT, 1, FreqRequest.MAX_LIMIT));
  }

  /** Collocates of {@code q}: {@code window}, {@code min_count} and {@code limit} rows. */
  static CollocateRequest collocates(QueryParams params) {
    return new CollocateRequest(filtered(params).build(),
        params.integer("window", CollocateRequest.DEFAULT_WINDOW, 1, CollocateRequest.MAX_WINDOW),
        params.integer("min_count", CollocateRequest.DEFAULT_MIN_COUNT, 1, Integer.MAX_VALUE),
        params.integer("limit", CollocateRequest.DEFAULT_LIMIT, 1, CollocateRequest.MAX_LIMIT));
  }

  private static SearchRequest.Builder filtered(QueryParams params, String query) {
    return spec(params).applyTo(SearchRequest.builder(query).fold(fold(params)));
  }

  /** The filter parameters ({@link FilterSpec#NAMES}, {@code facet.DIM}) as one spec. */
  static FilterSpec spec(QueryParams params) {
    Map<String, List<String>> named = new LinkedHashMap<>();
    for (String name : params.names()) {
      named.put(name, params.all(name));
    }
    return FilterSpec.parse(named);
  }

  /** A page of hits with facet counts over all matches; {@code collapse=1}: one per cluster. */
  static SearchRequest search(QueryParams params) {
    return filtered(params)
        .limit(params.integer("limit", 10, 1, MAX_PAGE_SIZE))
        .page(params.integer("page", 1, 1, MAX_PAGE))
        .sort(SearchSort.parse(params.get("sort") == null ? "relevance" : params.get("sort")))
        .collapse(params.integer("collapse", 0, 0, 1) == 1)
        .facets(true)
        .build();
  }

  /** A page of concordance lines: {@code width} characters of context, sorted by {@code sort}. */
  static KwicRequest kwic(QueryParams params) {
    SearchRequest search = filtered(params)
        .limit(params.integer("limit", 50, 1, MAX_PAGE_SIZE))
        .page(params.integer("page", 1, 1, MAX_PAGE))
        .build();
    if (search.matchesAll()) {
      throw HttpError.badRequest("the concordance needs words to look for: type a word or phrase");
    }
    int width = params.integer("width", KwicRequest.DEFAULT_WIDTH, 0, KwicRequest.MAX_WIDTH);
    String sort = params.get("sort");
    return new KwicRequest(search, width, sort == null ? KwicSort.DOC : KwicSort.parse(sort));
  }
}
