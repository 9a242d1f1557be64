package org.canbo.model;

import java.util.List;

/**
 * Where a document came from: its path as given, its size, the SHA-256 of its bytes (which makes
 * re-ingest idempotent), the detected media type, for text the charset used to decode it, and the
 * quality flags raised while reading it ("cleaning: fallback ...", "suspicious_text: ...") — a
 * document that lost much of its text on the way is flagged and counted, never reported as plain OK.
 * {@code ocr} tells that (some of) the text was read from a scan by OCR — check its numbers against
 * the scan; {@code legacyEncoding} ("tcvn3", "vni" or null) the legacy font encoding it was
 * converted from. A page from a web archive also says when it was {@code fetched} (ISO instant;
 * null for other files), and its path is the archive's with the record's offset
 * ({@code crawl.warc.gz#offset=1234}).
 */
public record SourceFile(String path, long bytes, String sha256, String mediaType, String charset,
    List<String> flags, boolean ocr, String legacyEncoding, String fetched) {
  public SourceFile {
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("source path is empty");
    }
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** A file read from disk, not fetched from the web. */
  public SourceFile(String path, long bytes, String sha256, String mediaType, String charset,
      List<String> flags, boolean ocr, String legacyEncoding) {
    this(path, bytes, sha256, mediaType, charset, flags, ocr, legacyEncoding, null);
  }

  /** A source neither OCR'd nor converted from a legacy encoding, nor fetched from the web. */
  public SourceFile(String path, long bytes, String sha256, String mediaType, String charset,
      List<String> flags) {
    this(path, bytes, sha256, mediaType, charset, flags, false, null, null);
  }

  /** A source read without any quality flag. */
  public SourceFile(String path, long bytes, String sha256, String mediaType, String charset) {
    this(path, bytes, sha256, mediaType, charset, List.of());
  }
}
