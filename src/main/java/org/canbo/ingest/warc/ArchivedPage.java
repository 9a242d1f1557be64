package org.canbo.ingest.warc;

import java.time.Instant;

/**
 * One HTML page captured in a web archive: the record's offset in the archive file (where a
 * reader finds it again), the target URI, the capture date, the charset the HTTP header declared
 * (null when none) and the decoded payload (transfer and content encodings undone).
 */
public record ArchivedPage(long offset, String uri, Instant fetched, String charset, byte[] body) {
  public ArchivedPage {
    if (uri == null || uri.isBlank()) {
      throw new IllegalArgumentException("archived page at offset " + offset + " has no URI");
    }
  }
}
