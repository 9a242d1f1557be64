package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A word frequency list: the query ("" without one), how it was matched, the matching articles,
 * their word tokens, and the groups (one, "all", unless split by a facet).
 */
@JsonPropertyOrder({"query", "matching", "articles", "tokens", "groups"})
public record FreqResult(String query, String matching, long articles, long tokens,
    List<FreqGroup> groups) {
  public FreqResult {
    groups = List.copyOf(groups);
  }

  /** The groups' words as one flat table, group by group. */
  @JsonIgnore
  public List<FreqRow> rows() {
    return groups.stream().flatMap(g -> g.words().stream()
        .map(w -> new FreqRow(g.group(), w.word(), w.count(), w.docs(), w.per10k()))).toList();
  }
}
