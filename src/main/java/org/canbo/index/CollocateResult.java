package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The collocates of a query: how it was matched, the window, the association measure the rows
 * are ranked by, the node's occurrences and the rows, strongest first.
 */
@JsonPropertyOrder({"query", "matching", "window", "measure", "node_count", "rows"})
public record CollocateResult(String query, String matching, int window, String measure,
    @JsonProperty("node_count") long nodeCount, List<Collocate> rows) {
  public static final String MEASURE = "log-likelihood";

  public CollocateResult {
    rows = List.copyOf(rows);
  }
}
