package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a search: the number of matching documents ({@code total}; a lower bound when
 * {@code total_at_least}, in JSON only then: a search without facets stops counting past
 * {@link SearchRequest#COUNTED_HITS} unless asked for the exact total), the requested page of hits in
 * order, when asked for facet counts over all matches (dimension → value → count, most frequent
 * first), whether the hits come from the typo-tolerant retry of a query that found nothing
 * ({@code fuzzy}, in JSON only when true), and how the query's words were matched
 * ({@code matching}, e.g. "word, exact"; absent for similar articles).
 */
@JsonPropertyOrder({"total", "total_at_least", "hits", "facets", "fuzzy", "matching"})
public record SearchResult(
    long total,
    @JsonProperty("total_at_least") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    boolean totalAtLeast,
    List<SearchHit> hits,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Map<String, Long>> facets,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean fuzzy,
    @JsonInclude(JsonInclude.Include.NON_NULL) String matching) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  public SearchResult(long total, List<SearchHit> hits) {
    this(total, false, hits, null, false, null);
  }
}
