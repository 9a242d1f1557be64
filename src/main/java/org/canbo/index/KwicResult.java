package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Concordance lines for one page: {@code total} occurrences in {@code documents} articles,
 * whether the page is the one all lines would give ({@code complete}; false when a sort by
 * context saw only the first {@link KwicFinder#MAX_SORTED} lines, in document order), whether
 * {@code total} and {@code documents} are extrapolated from the articles read for the page
 * ({@code total_estimated}; exact when the request asks for exact counts) and how the query was
 * matched ({@code matching}, e.g. "word, exact").
 */
@JsonPropertyOrder({"total", "documents", "complete", "total_estimated", "matching", "lines"})
public record KwicResult(long total, long documents, boolean complete,
    @JsonProperty("total_estimated") boolean totalEstimated, String matching,
    List<KwicLine> lines) {
  public KwicResult {
    lines = List.copyOf(lines);
  }
}
