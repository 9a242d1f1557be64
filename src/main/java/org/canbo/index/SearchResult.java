package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The outcome of a search: the exact number of matching documents and the best hits in order. */
@JsonPropertyOrder({"total", "hits"})
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
