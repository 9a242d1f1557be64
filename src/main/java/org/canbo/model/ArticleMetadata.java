package org.canbo.model;

/**
 * Bibliographic metadata of one article, by the conventions of the gold "meta" lines: {@code date}
 * is ISO ({@code YYYY-MM-DD}, {@code YYYY-MM}, or {@code --MM-DD} when the text has no year),
 * {@code locality} carries its type word ("thị xã Quảng Yên"). Any field may be null.
 */
public record ArticleMetadata(
    String title, String date, String source, String author, String locality) {

  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);

  /** The four-digit year of {@link #date()}, or null when the date has none. */
  public Integer year() {
    if (date == null || date.length() < 4 || !Character.isDigit(date.charAt(0))) {
      return null;
    }
    return Integer.valueOf(date.substring(0, 4));
  }
}
