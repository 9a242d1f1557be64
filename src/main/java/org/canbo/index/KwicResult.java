package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Concordance lines for one page: {@code total} occurrences in {@code documents} articles, and
 * whether the sort saw all of them ({@code complete}; false when there were more than
 * {@link KwicFinder#MAX_SORTED}, and then only the first ones in index order were sorted).
 */
@JsonPropertyOrder({"total", "documents", "complete", "lines"})
public record KwicResult(long total, long documents, boolean complete, List<KwicLine> lines) {
  public KwicResult {
    lines = List.copyOf(lines);
  }
}
