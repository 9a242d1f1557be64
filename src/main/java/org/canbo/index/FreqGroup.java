package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The words of one group of articles: its label, articles, word tokens and the top words. */
@JsonPropertyOrder({"group", "articles", "tokens", "words"})
public record FreqGroup(String group, long articles, long tokens, List<WordCount> words) {
  public FreqGroup {
    words = List.copyOf(words);
  }
}
