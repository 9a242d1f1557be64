package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One row of a frequency list as a flat table (CSV): the group and the word's counts. */
@JsonPropertyOrder({"group", "word", "count", "docs", "per_10k"})
public record FreqRow(String group, String word, long count, long docs,
    @JsonProperty("per_10k") double per10k) {
  public static final List<String> COLUMNS = List.of("group", "word", "count", "docs", "per_10k");
}
