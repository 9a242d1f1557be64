package org.canbo.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Counts for one period ("2019", "2019-05", or "unknown"): matching articles and occurrences of
 * the query in their bodies (as counted by the concordance).
 */
@JsonPropertyOrder({"period", "articles", "occurrences"})
public record TrendPoint(String period, long articles, long occurrences) {}
