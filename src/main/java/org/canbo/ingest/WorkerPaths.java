package org.canbo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives parse workers a path they can open. A path travels to a worker as a string, and a file
 * name whose bytes are not valid in the file-name encoding (Latin-1 or legacy Vietnamese bytes on
 * a UTF-8 system) does not survive that: such a file is handed over as a symbolic link with a
 * plain name (same extension) in a private directory, removed after the parse.
 */
final class WorkerPaths implements AutoCloseable {
  private final AtomicLong counter = new AtomicLong();
  private Path directory;

  /** A path to hand to a worker for {@code file}; call {@link #release} with it afterwards. */
  Path forWorker(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (Path.of(absolute.toString()).equals(absolute)) {
      return absolute;
    }
    Path link = directory().resolve("f" + counter.incrementAndGet() + extension(absolute));
    return Files.createSymbolicLink(link, absolute);
  }

  /** Removes the link made for a worker, if any. */
  void release(Path handedOver) {
    if (directory != null && handedOver.startsWith(directory)) {
      try {
        Files.deleteIfExists(handedOver);
      } catch (IOException e) {
        // Left for close(), which removes the whole directory.
      }
    }
  }

  private synchronized Path directory() throws IOException {
    if (directory == null) {
      directory = Files.createTempDirectory("canbo-worker-links");
    }
    return directory;
  }

  /** The name's extension when it is plain ASCII (".txt"), which type detection reads. */
  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 ? name.substring(dot) : "";
    return ext.matches("\\.[A-Za-z0-9]{1,10}") ? ext : "";
  }

  @Override
  public synchronized void close() {
    if (directory == null) {
      return;
    }
    try (var links = Files.list(directory)) {
      for (Path link : links.toList()) {
        Files.deleteIfExists(link);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      // A leftover empty temp directory is harmless.
    }
  }
}
