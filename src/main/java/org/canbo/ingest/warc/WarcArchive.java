package org.canbo.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}) with jwarc and hands every HTML page
 * captured with status 200 to a {@link Visitor}; revisits, other responses and other record types
 * are not pages (the first two are counted). A corrupt record is reported once and reading goes
 * on at the next record start found in the file (a gzip member, or a {@code WARC/1.} line), so
 * one bad record never costs the rest of a crawl. Stateless and thread-safe.
 */
public final class WarcArchive {
  /** Receives what the archive holds, in file order. */
  public interface Visitor {
    void page(ArchivedPage page);

    /** A record that could not be read (corrupt, too large); {@code uri} may be null. */
    void problem(long offset, String uri, String reason);
  }

  private static final MediaType HTML = MediaType.parse("text/html");
  private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

  private final long maxPayloadBytes;

  /** Pages whose payload is larger than {@code maxPayloadBytes} are reported, not read. */
  public WarcArchive(long maxPayloadBytes) {
    if (maxPayloadBytes <= 0) {
      throw new IllegalArgumentException("max payload bytes must be positive, got " + maxPayloadBytes);
    }
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /** True for names ending {@code .warc} or {@code .warc.gz} (any case). */
  public static boolean isArchive(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * Reads the whole archive; returns the records skipped as not articles.
   *
   * @throws IOException when the file cannot be opened at all
   */
  public SkippedRecords read(Path file, Visitor visitor) throws IOException {
    RecordStarts starts = RecordStarts.of(file);
    Counts counts = new Counts();
    Resume at = new Resume(0, false);
    while (at.offset() >= 0) {
      at = readFrom(file, at, starts, visitor, counts);
    }
    return new SkippedRecords(counts.revisits, counts.notHtml, counts.notOk, 0);
  }

  private static final class Counts {
    int revisits;
    int notHtml;
    int notOk;
  }

  /** Where to read on; {@code reported} when a failure of the record there was already reported. */
  private record Resume(long offset, boolean reported) {}

  /** Reads records from {@code at} on; returns where to go on after a failure, or -1 at the end. */
  private Resume readFrom(Path file, Resume at, RecordStarts starts, Visitor visitor,
      Counts counts) throws IOException {
    long start = at.offset();
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(start);
    long last = -1; // start of the last record read whole from this reader
    try (WarcReader reader = new WarcReader(channel)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          return failedBetween(start, last, at.reported(), e, starts, visitor);
        }
        if (next.isEmpty()) {
          return new Resume(-1, false);
        }
        WarcRecord record = next.get();
        last = record.position() + start;
        try {
          visit(record, last, visitor, counts);
        } catch (IOException | RuntimeException e) {
          visitor.problem(last, target(record), "corrupt record (" + oneLine(e) + ")");
          return new Resume(starts.after(last), false);
        }
      }
    } catch (IOException e) {
      if (start == 0 && last < 0) {
        throw e; // the file cannot be read at all
      }
      return failedBetween(start, last, at.reported(), e, starts, visitor);
    }
  }

  /**
   * The next record could not be read: either its start is corrupt, or the end of the last record
   * was. Reported once, then reading goes on at the next record start found; if that is the
   * corrupt record itself, it is not reported twice.
   */
  private static Resume failedBetween(long start, long last, boolean reported, Exception e,
      RecordStarts starts, Visitor visitor) {
    if (last < 0) {
      if (!reported) {
        visitor.problem(start, null, "corrupt record (" + oneLine(e) + ")");
      }
      return new Resume(starts.after(start), false);
    }
    visitor.problem(last, null, "corrupt data after this record (" + oneLine(e) + ")");
    return new Resume(starts.after(last), true);
  }

  private void visit(WarcRecord record, long offset, Visitor visitor, Counts counts)
      throws IOException {
    if (record instanceof WarcRevisit) {
      counts.revisits++;
      return;
    }
    if (!(record instanceof WarcResponse response)) {
      return; // warcinfo, request, metadata, resource: not captures of a page
    }
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      counts.notHtml++; // dns:, gemini: and other non-HTTP captures
      return;
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      counts.notOk++;
      return;
    }
    MediaType type = http.contentType();
    if (!type.base().equals(HTML) && !type.base().equals(XHTML)) {
      counts.notHtml++;
      return;
    }
    String uri = response.target();
    byte[] body = payload(http);
    if (body == null) {
      visitor.problem(offset, uri, "page larger than the size limit (" + maxPayloadBytes + " bytes)");
      return;
    }
    String charset = type.parameters().get("charset");
    visitor.page(new ArchivedPage(offset, uri, record.date(), charset, body));
  }

  /** The decoded payload, or null when it is larger than the limit. */
  private byte[] payload(HttpResponse http) throws IOException {
    try (InputStream in = http.bodyDecoded().stream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPayloadBytes + 1));
      return bytes.length > maxPayloadBytes ? null : bytes;
    }
  }

  private static String target(WarcRecord record) {
    return record instanceof WarcResponse r ? r.target() : null;
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
    if (first.length() > 160) {
      first = first.substring(0, 160) + "…";
    }
    return first.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + first;
  }
}
