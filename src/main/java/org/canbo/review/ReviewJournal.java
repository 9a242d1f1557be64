package org.canbo.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reviews of one index, kept in {@code reviews.jsonl} in the index directory: an append-only
 * write-ahead log, one review per line, each append written and forced to disk ({@code fsync})
 * before it returns. A crash during an append can only leave that last line torn; reading ignores
 * a last line without its line break (and reports it), and the next append cuts it off first, so
 * earlier reviews are never touched. Lucene ignores the file (not a codec file name).
 *
 * <p>Writers are serialised by one lock per journal file: a monitor within this JVM and an
 * exclusive file lock on {@code reviews.lock} across processes (a {@code reviews import} while
 * the server runs).
 */
public final class ReviewJournal {
  public static final String FILE = "reviews.jsonl";
  private static final String LOCK = "reviews.lock";
  /** One monitor per journal file: FileLock alone throws on a second lock in the same JVM. */
  private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path dir;
  private final Path file;

  /** The journal in the index directory {@code indexDir} (created on first append). */
  public ReviewJournal(Path indexDir) {
    this.dir = indexDir.toAbsolutePath().normalize();
    this.file = dir.resolve(FILE);
  }

  public Path file() {
    return file;
  }

  /** What a read found: the reviews in journal order and one line per problem. */
  public record Contents(List<Review> reviews, List<String> problems) {
    public Contents {
      reviews = List.copyOf(reviews);
      problems = List.copyOf(problems);
    }
  }

  /** Appends one review durably. */
  public void append(Review review) throws IOException {
    appendAll(List.of(review));
  }

  /** Appends reviews in order, forced to disk once at the end (an import is one write). */
  public void appendAll(List<Review> reviews) throws IOException {
    if (reviews.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (Review r : reviews) {
      lines.append(ReviewCodec.line(r)).append('\n');
    }
    ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
    synchronized (MONITORS.computeIfAbsent(file, f -> new Object())) {
      Files.createDirectories(dir);
      try (FileChannel lock = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
          FileLock held = lock.lock()) {
        boolean created = !Files.exists(file);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.READ)) {
          out.position(cutTornTail(out));
          while (bytes.hasRemaining()) {
            out.write(bytes);
          }
          out.force(true);
        }
        if (created) {
          forceDirectory();
        }
      }
    }
  }

  /** Truncates a last line left without its line break by a crash; returns the new size. */
  private static long cutTornTail(FileChannel ch) throws IOException {
    long size = ch.size();
    long keep = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (keep > 0) {
      one.clear();
      ch.read(one, keep - 1);
      if (one.get(0) == '\n') {
        break;
      }
      keep--;
    }
    if (keep < size) {
      ch.truncate(keep);
      ch.force(true);
    }
    return keep;
  }

  /** Makes the new file's directory entry durable (a no-op where directories cannot be opened). */
  private void forceDirectory() {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory; its file systems journal the entry themselves.
    }
  }

  /** Every readable review in order; bad lines and a torn last line are reported, not fatal. */
  public Contents read() throws IOException {
    if (!Files.exists(file)) {
      return new Contents(List.of(), List.of());
    }
    byte[] all = Files.readAllBytes(file); // decoded per line: a torn write may split a character
    List<Review> reviews = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int lineNo = 0;
    int from = 0;
    while (from < all.length) {
      int nl = from;
      while (nl < all.length && all[nl] != '\n') {
        nl++;
      }
      lineNo++;
      if (nl == all.length) {
        problems.add(file + " line " + lineNo + ": torn last line ignored (" + (all.length - from)
            + " bytes without a line break: a write cut short by a crash)");
        break;
      }
      String line = new String(all, from, nl - from, StandardCharsets.UTF_8);
      from = nl + 1;
      if (line.isBlank()) {
        continue;
      }
      try {
        reviews.add(ReviewCodec.parse(line));
      } catch (InvalidReviewException e) {
        problems.add(file + " line " + lineNo + ": " + e.getMessage());
      }
    }
    return new Contents(reviews, problems);
  }
}
