package org.canbo.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.canbo.model.FailureReason;

/** One forked parse worker JVM, used by one thread at a time; dead once it timed out or crashed. */
final class WorkerProcess implements AutoCloseable {
  /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OOM_EXIT = 3;
  /** End-of-stream marker, compared by identity so that no output line can impersonate it. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String EOF = new String("<eof>");

  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final ObjectMapper json;

  private WorkerProcess(Process process, ObjectMapper json) {
    this.process = process;
    this.json = json;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::pump, "parse-worker-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a worker and waits until it has loaded Tika. */
  static WorkerProcess start(List<String> command, boolean debug, Duration startupTimeout,
      ObjectMapper json) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(debug ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
    // Tesseract (started by the worker through Tika) inherits this: one OpenMP thread per page is
    // several times faster than its default when every core already runs a worker.
    builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
    WorkerProcess worker = new WorkerProcess(builder.start(), json);
    String first = worker.poll(startupTimeout.toMillis());
    if (!WorkerMessages.READY.equals(first)) {
      worker.close();
      throw new IOException("parse worker did not start: "
          + (first == null ? "no answer in " + startupTimeout : worker.exitDescription()));
    }
    return worker;
  }

  /** Sends one file and waits at most {@code timeout}; on timeout the process is killed. */
  ParseOutcome parse(Path file, Duration timeout) {
    try {
      stdin.write(json.writeValueAsString(new WorkerMessages.Request(file.toString())));
      stdin.write('\n');
      stdin.flush();
    } catch (IOException e) {
      return died();
    }
    String line = poll(timeout.toMillis());
    if (line == null && Thread.currentThread().isInterrupted()) {
      kill();
      return new ParseOutcome.Failure(FailureReason.INTERNAL, "interrupted while parsing");
    }
    if (line == null) {
      // The worker may be stuck in a loop no interrupt reaches: only killing it frees the core.
      kill();
      return new ParseOutcome.Failure(FailureReason.TIMEOUT, "killed after " + timeout.toMillis() + " ms");
    }
    if (line == EOF) {
      return died();
    }
    try {
      return json.readValue(line.substring(WorkerMessages.PREFIX.length()),
          WorkerMessages.Response.class).toOutcome();
    } catch (JsonProcessingException e) {
      kill();
      return new ParseOutcome.Failure(FailureReason.INTERNAL, "bad worker answer: " + Failures.oneLine(e));
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  private ParseOutcome died() {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    FailureReason reason = !process.isAlive() && process.exitValue() == OOM_EXIT
        ? FailureReason.OUT_OF_MEMORY : FailureReason.INTERNAL;
    return new ParseOutcome.Failure(reason, exitDescription());
  }

  private String exitDescription() {
    return process.isAlive() ? "worker stopped answering" : "worker exited with code " + process.exitValue();
  }

  /** The next protocol line or EOF within {@code millis}, else null. */
  private String poll(long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    try {
      while (true) {
        String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line == null || line == EOF || line.startsWith(WorkerMessages.PREFIX)) {
          return line;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void pump() {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The stream closes when the process is killed; that is reported as EOF below.
    }
    lines.add(EOF);
  }

  private void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to finish (stdin EOF), then kills it if it does not exit promptly. */
  @Override
  public void close() {
    try {
      stdin.close();
      process.waitFor(1, TimeUnit.SECONDS);
    } catch (IOException e) {
      // Already dead: nothing to ask.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
  }
}
