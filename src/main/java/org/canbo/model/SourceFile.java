package org.canbo.model;

/**
 * Where a document came from: its path as given, its size, the SHA-256 of its bytes (which makes
 * re-ingest idempotent), the detected media type and, for text, the charset used to decode it.
 */
public record SourceFile(String path, long bytes, String sha256, String mediaType, String charset) {
  public SourceFile {
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("source path is empty");
    }
  }
}
