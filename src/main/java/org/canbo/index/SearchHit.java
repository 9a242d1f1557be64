package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One matching document: its id and citation fields as stored (not escaped: render them as text),
 * its BM25 score and up to three snippets, which are HTML with only {@code <mark>} tags.
 */
@JsonPropertyOrder({"id", "title", "date", "source", "locality", "score", "snippets"})
public record SearchHit(
    String id, String title, String date, String source, String locality, float score,
    List<String> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
