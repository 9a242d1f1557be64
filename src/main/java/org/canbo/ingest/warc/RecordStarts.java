package org.canbo.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the next record may start after a corrupt one: in a gzipped archive every record is
 * its own gzip member (magic {@code 1f 8b 08}); in a plain one a record starts with a line
 * {@code WARC/1.}. A false start only costs one more reported record.
 */
final class RecordStarts {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] PLAIN = "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final Path file;
  private final byte[] marker;
  /** Where the record begins relative to the marker's first byte (after the line break). */
  private final int skip;

  private RecordStarts(Path file, byte[] marker, int skip) {
    this.file = file;
    this.marker = marker;
    this.skip = skip;
  }

  /** Chooses the marker from the file's first bytes. */
  static RecordStarts of(Path file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ))) {
      byte[] head = in.readNBytes(2);
      boolean gzip = head.length == 2 && head[0] == GZIP[0] && head[1] == GZIP[1];
      return gzip ? new RecordStarts(file, GZIP, 0) : new RecordStarts(file, PLAIN, 1);
    }
  }

  /** The first possible record start after {@code offset}, or -1 when there is none. */
  long after(long offset) {
    long from = offset + 1 - skip;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = new java.io.BufferedInputStream(
            Channels.newInputStream(channel.position(Math.max(0, from))), 1 << 16)) {
      int matched = 0;
      long position = Math.max(0, from);
      for (int b = in.read(); b >= 0; b = in.read(), position++) {
        matched = (byte) b == marker[matched] ? matched + 1 : ((byte) b == marker[0] ? 1 : 0);
        if (matched == marker.length) {
          return position - marker.length + 1 + skip;
        }
      }
      return -1;
    } catch (IOException e) {
      return -1; // cannot read further: the archive ends here
    }
  }
}
