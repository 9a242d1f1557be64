package org.canbo.index;

/** One line of the article table: id, date, source and title as stored. */
public record ArticleRow(String id, String date, String source, String title) {}
