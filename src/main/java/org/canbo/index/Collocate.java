package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One collocate: co-occurrences within the window ({@code count}), its frequency in the
 * reference articles ({@code word_count}), log-likelihood G² ({@code score}) and mutual
 * information in bits ({@code mi}), see {@link Association}.
 */
@JsonPropertyOrder({"word", "count", "word_count", "score", "mi"})
public record Collocate(String word, long count, @JsonProperty("word_count") long wordCount,
    double score, double mi) {
  public static final List<String> COLUMNS = List.of("word", "count", "word_count", "score", "mi");
}
