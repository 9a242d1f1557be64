package org.canbo.index;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.canbo.model.UserInputException;

/**
 * The readers of the index at one path, following it as it changes: a new commit in the same
 * directory (an ingest) is opened on the next call, and so is a directory deleted and made anew
 * (a rebuild), detected by its file key; while the directory is missing or holds no commit, calls
 * fail with {@link IndexUnavailableException}. Readers are wrapped once in an
 * {@link ExitableDirectoryReader} so the running request's deadline also stops query rewriting.
 */
final class IndexReaders implements Closeable {
  private final Path path;
  private final ThreadDeadline deadline;
  private Generation generation; // guarded by this

  /**
   * One opened directory and its readers, with the commit generation of the newest reader leased:
   * asking the directory for its last generation (a listing) tells whether a reopen is needed at
   * a fraction of the cost of Lucene's own check, which reads and verifies the whole commit file
   * on every call.
   */
  private static final class Generation implements Closeable {
    private final Object key;
    private final Directory directory;
    private final ReaderManager readers;
    private volatile DirectoryReader leased;
    private volatile long leasedCommit = -1;

    Generation(Object key, Directory directory, ReaderManager readers) {
      this.key = key;
      this.directory = directory;
      this.readers = readers;
    }

    /** True unless the newest reader leased is of the directory's last commit. */
    boolean stale() throws IOException {
      return SegmentInfos.getLastCommitGeneration(directory) != leasedCommit;
    }

    /** Notes the commit of {@code reader}, leased just now. */
    void leased(DirectoryReader reader) throws IOException {
      if (reader != leased) {
        leasedCommit = reader.getIndexCommit().getGeneration();
        leased = reader;
      }
    }

    @Override
    public void close() throws IOException {
      IOUtils.close(readers, directory);
    }
  }

  /** A reader held for one call; closing gives it back. */
  interface Lease extends AutoCloseable {
    DirectoryReader reader();

    @Override
    void close() throws IOException;
  }

  /** Opens the index at {@code path}; IllegalArgumentException when there is none. */
  IndexReaders(Path path, ThreadDeadline deadline) throws IOException {
    this.path = path;
    this.deadline = deadline;
    try {
      this.generation = open(fileKey());
    } catch (IndexUnavailableException e) {
      String where = java.nio.file.Files.exists(path) ? "no index at " + path
          : "no such file or directory: " + path + " (no index there)";
      throw new UserInputException(where + ": ingest documents first", e);
    }
  }

  /**
   * The newest commit's reader: switches to a rebuilt directory, else to a newer commit unless
   * another thread is already opening it (then this call uses the current one).
   */
  Lease acquire() throws IOException {
    Generation g = current();
    try {
      if (g.stale()) {
        g.readers.maybeRefresh();
      }
    } catch (AlreadyClosedException e) {
      // Another thread switched to a rebuilt directory meanwhile: current() returns it.
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw unavailable("is being changed or was removed", e);
    }
    return leaseCurrent();
  }

  /** Switches to the newest commit now, waiting for a reopen in progress. */
  void refresh() throws IOException {
    current().readers.maybeRefreshBlocking();
  }

  private synchronized Lease leaseCurrent() throws IOException {
    Generation g = current();
    DirectoryReader reader = g.readers.acquire();
    try {
      g.leased(reader);
    } catch (IOException | RuntimeException e) {
      g.readers.release(reader);
      throw e;
    }
    return new Lease() {
      @Override
      public DirectoryReader reader() {
        return reader;
      }

      @Override
      public void close() throws IOException {
        g.readers.release(reader);
      }
    };
  }

  /** The generation for the directory now at the path, opening it when it is new. */
  private synchronized Generation current() throws IOException {
    Object key = fileKey();
    if (!Objects.equals(key, generation.key)) {
      Generation next = open(key);
      Generation old = generation;
      generation = next;
      // Readers leased from the old directory stay readable until given back.
      IOUtils.closeWhileHandlingException(old);
    }
    return generation;
  }

  private Generation open(Object key) throws IOException {
    Directory directory = FSDirectory.open(path);
    try {
      DirectoryReader reader = ExitableDirectoryReader.wrap(DirectoryReader.open(directory), deadline);
      return new Generation(key, directory, new ReaderManager(reader));
    } catch (FileNotFoundException | NoSuchFileException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw unavailable("holds no index yet", e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  /** Identifies the directory itself: a directory deleted and made again gets a new key. */
  private Object fileKey() throws IndexUnavailableException {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      Object key = a.fileKey();
      return key != null ? key : a.creationTime();
    } catch (IOException e) {
      throw unavailable("is missing", e);
    }
  }

  private IndexUnavailableException unavailable(String what, Exception cause) {
    return new IndexUnavailableException("the index at " + path + " " + what
        + " (being rebuilt?); try again shortly", cause);
  }

  @Override
  public synchronized void close() throws IOException {
    generation.close();
  }
}
