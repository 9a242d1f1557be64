package org.canbo.model;

/**
 * Bibliographic metadata of one article, by the conventions of the gold "meta" lines: {@code date}
 * is ISO ({@code YYYY-MM-DD}, {@code YYYY-MM}, or {@code --MM-DD} when the text has no year),
 * {@code locality} carries its type word ("thị xã Quảng Yên"), {@code province} is the province
 * the locality lies in, with its type word ("tỉnh Quảng Ninh"; null for "cả nước"), and {@code url}
 * the article's own address when the file states it (an HTML page's canonical link). Any field may
 * be null.
 */
public record ArticleMetadata(
    String title, String date, String source, String author, String locality, String province,
    String url) {

  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(null, null, null, null, null, null, null);

  /** Metadata read from the text alone: no province resolved, no address known. */
  public ArticleMetadata(String title, String date, String source, String author, String locality) {
    this(title, date, source, author, locality, null, null);
  }

  /** A copy with another date (replicated benchmark articles spread over the years). */
  public ArticleMetadata withDate(String newDate) {
    return new ArticleMetadata(title, newDate, source, author, locality, province, url);
  }

  /** The four-digit year of {@link #date()}, or null when the date has none. */
  public Integer year() {
    if (date == null || date.length() < 4 || !Character.isDigit(date.charAt(0))) {
      return null;
    }
    return Integer.valueOf(date.substring(0, 4));
  }
}
