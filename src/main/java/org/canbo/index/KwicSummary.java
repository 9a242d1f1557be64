package org.canbo.index;

/** What a concordance export wrote: lines, the articles they come from, how the query matched. */
public record KwicSummary(long lines, long documents, String matching) {}
