package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a search: the exact number of matching documents, the best hits in order, and,
 * when asked for, facet counts over all matches (dimension → value → count, most frequent first).
 */
@JsonPropertyOrder({"total", "hits", "facets"})
public record SearchResult(
    long total,
    List<SearchHit> hits,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Map<String, Long>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, null);
  }
}
