package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One word of a frequency list: occurrences ({@code count}), articles it occurs in
 * ({@code docs}) and occurrences per 10,000 words of its group ({@code per_10k}).
 */
@JsonPropertyOrder({"word", "count", "docs", "per_10k"})
public record WordCount(String word, long count, long docs,
    @JsonProperty("per_10k") double per10k) {}
