package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One concordance line: the article ({@code doc} id and citation fields), the matched text and up
 * to {@code width} characters either side, and the match's half-open UTF-16 offsets in the
 * article's clean text ({@code text.substring(start, end).equals(match)}). Context has line breaks
 * and tabs shown as spaces; nothing is escaped: render it as text.
 */
@JsonPropertyOrder({"doc", "title", "date", "source", "left", "match", "right", "start", "end"})
public record KwicLine(
    String doc, String title, String date, String source,
    String left, String match, String right, int start, int end) {
  /** The columns of a concordance export, in order. */
  public static final List<String> COLUMNS =
      List.of("doc", "title", "date", "source", "left", "match", "right", "start", "end");
}
