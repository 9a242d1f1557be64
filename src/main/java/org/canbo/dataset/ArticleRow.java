package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.canbo.model.Document;
import org.canbo.model.SourceFile;

/**
 * One row of the articles dataset: metadata, provenance of the file, size, figure count, the
 * quality flags raised while reading it (joined with "; ", empty when none), then the province of
 * the locality and the article's own address (both added later, hence after the flags).
 */
@JsonPropertyOrder({
  "id", "title", "date", "source", "author", "locality", "path", "media_type", "charset",
  "sha256", "bytes", "status", "chars", "pages", "figures", "flags", "province", "url",
  "ocr", "legacy_encoding"
})
public record ArticleRow(
    String id,
    String title,
    String date,
    String source,
    String author,
    String locality,
    String path,
    @JsonProperty("media_type") String mediaType,
    String charset,
    String sha256,
    long bytes,
    String status,
    int chars,
    int pages,
    int figures,
    String flags,
    String province,
    String url,
    boolean ocr,
    @JsonProperty("legacy_encoding") String legacyEncoding) {

  static ArticleRow of(Document d) {
    SourceFile s = d.source();
    return new ArticleRow(d.id(), d.metadata().title(), d.metadata().date(), d.metadata().source(),
        d.metadata().author(), d.metadata().locality(), s == null ? null : s.path(),
        s == null ? null : s.mediaType(), s == null ? null : s.charset(),
        s == null ? null : s.sha256(), s == null ? 0 : s.bytes(), d.status().name(),
        d.text().length(), d.pages().pageCount(), d.annotations().figures().size(),
        s == null || s.flags().isEmpty() ? null : String.join("; ", s.flags()),
        d.metadata().province(), d.metadata().url(),
        Provenance.ocr(d), s == null ? null : s.legacyEncoding());
  }
}
