package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Concordance lines for one page: {@code total} occurrences in {@code documents} articles,
 * whether the sort saw all of them ({@code complete}; false when there were more than
 * {@link KwicFinder#MAX_SORTED}, and then only the first ones in index order were sorted), and
 * how the query was matched ({@code matching}, e.g. "word, exact").
 */
@JsonPropertyOrder({"total", "documents", "complete", "matching", "lines"})
public record KwicResult(long total, long documents, boolean complete, String matching,
    List<KwicLine> lines) {
  public KwicResult {
    lines = List.copyOf(lines);
  }
}
