package org.canbo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Supplier;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.SearchBackend;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.review.ReviewStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.canbo.model.UserInputException;

/**
 * Base of every subcommand: output goes through picocli's writers (so tests can capture it), and
 * problem lines from worker threads are written whole, one per line.
 */
abstract class CanboSubcommand implements Callable<Integer> {
  private static final ObjectMapper JSON = org.canbo.dataset.SafeJson.plain();

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Raw stdout for datasets, after flushing what was printed through {@link #out()}. */
  OutputStream stdout() {
    out().flush();
    return ((CanboCommand) spec.root().userObject()).stdout;
  }

  /** Work on an open searcher; bad user input is a {@link UserInputException} with a message. */
  @FunctionalInterface
  interface SearcherTask {
    void run(SearchBackend searcher) throws IOException;
  }

  /** A backend to open for one command. */
  @FunctionalInterface
  interface BackendOpener {
    SearchBackend open() throws IOException;
  }

  /**
   * Opens the index read-only (search sees the reviews in its journal), runs the task and closes
   * it; bad input (query, filter, option)
   * becomes one line on stderr and exit code 1.
   */
  int withSearcher(Path index, SearcherTask task) throws IOException {
    return withSearcher(() -> new CorpusSearcher(index, VietnameseSegmenter.shared(),
        new ReviewStore(index)), task);
  }

  /** As {@link #withSearcher(Path, SearcherTask)}, on the index or collection the options name. */
  int withSearcher(IndexOption index, BackendOptions backend, SearcherTask task)
      throws IOException {
    return withSearcher(() -> backend.open(index.index), task);
  }

  private int withSearcher(BackendOpener opener, SearcherTask task) throws IOException {
    try (SearchBackend searcher = opener.open()) {
      task.run(searcher);
      return ExitCodes.OK;
    } catch (UserInputException e) {
      err().println("canbo " + spec.name() + ": " + e.getMessage());
      return ExitCodes.FATAL;
    }
  }

  /** A result as one line of JSON, as {@link #print} writes it. */
  static String json(Object result) throws IOException {
    return JSON.writeValueAsString(result);
  }

  /** Prints a result as one JSON object, or as the text the supplier formats. */
  void print(boolean json, Object result, Supplier<String> text) throws IOException {
    if (json) {
      out().println(JSON.writeValueAsString(result));
    } else {
      out().print(text.get());
    }
    out().flush();
  }

  /**
   * Refuses input paths that do not exist, before any work (an index created for a mistyped corpus
   * path helps no one): a {@link NoSuchFileException}, which {@link ErrorHandler} reports as "no
   * such file or directory: PATH". Null entries (options not given) are skipped.
   */
  static void requireInputs(Collection<Path> paths) throws NoSuchFileException {
    for (Path p : paths) {
      if (p != null && !Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
  }

  /** {@link #requireInputs(Collection)} for single options. */
  static void requireInputs(Path... paths) throws NoSuchFileException {
    requireInputs(Arrays.asList(paths));
  }

  /** A thread-safe sink for {@code path: reason} lines on stderr. */
  Consumer<String> errStream() {
    PrintWriter w = err();
    return line -> {
      synchronized (w) {
        w.println(line);
        w.flush();
      }
    };
  }
}
