package org.canbo.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a dataset goes: stdout, or a file written under a temporary name and moved into place only
 * when complete, so an interrupted export never leaves a file that looks finished.
 */
final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean complete;

  private AtomicOutput(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  static AtomicOutput open(Path file, OutputStream stdout) throws IOException {
    if (file == null) {
      // Closing the dataset writer must not close stdout.
      return new AtomicOutput(null, null, new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          stdout.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          stdout.flush();
        }
      });
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
    try {
      // createTempFile makes the file private; a dataset is an ordinary, shareable file.
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default
    }
    return new AtomicOutput(file, temp, Files.newOutputStream(temp));
  }

  OutputStream stream() {
    return stream;
  }

  /** Marks the output complete: on close the file is moved into place. */
  void complete() {
    complete = true;
  }

  @Override
  public void close() throws IOException {
    stream.close();
    if (target == null) {
      return;
    }
    if (complete) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } else {
      Files.deleteIfExists(temp);
    }
  }
}
