package org.canbo.ingest.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Writes test web archives with jwarc, as a crawler would: responses, requests, revisits. */
public final class WarcFixtures implements AutoCloseable {
  private final WarcWriter writer;
  /** Record ids numbered, not random (jwarc's default), so the same fixture is the same bytes. */
  private long records;

  private WarcFixtures(WarcWriter writer) {
    this.writer = writer;
  }

  /** A new archive at {@code file}, gzipped (a record per gzip member) when the name ends .gz. */
  public static WarcFixtures create(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    boolean gzip = file.getFileName().toString().endsWith(".gz");
    return new WarcFixtures(
        new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE));
  }

  /** A response record with an HTTP response of this status, content type and body. */
  public WarcFixtures response(String uri, Instant date, int status, String contentType,
      byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(contentType), body).build();
    writer.write(new WarcResponse.Builder(URI.create(uri)).recordId(nextId()).date(date).body(http).build());
    return this;
  }

  /** The request a crawler records beside each response. */
  public WarcFixtures request(String uri, Instant date) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
        .addHeader("Host", URI.create(uri).getHost()).build();
    writer.write(new WarcRequest.Builder(URI.create(uri)).recordId(nextId()).date(date).body(http).build());
    return this;
  }

  /** A revisit: the page was fetched again and found identical to an earlier capture. */
  public WarcFixtures revisit(String uri, Instant date, Instant original) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html"), new byte[0]).build();
    writer.write(new WarcRevisit.Builder(URI.create(uri)).recordId(nextId())
        .refersTo(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"), URI.create(uri),
            original)
        .date(date).body(http).build());
    return this;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private UUID nextId() {
    return new UUID(0x63616e626fL, ++records);
  }
}
