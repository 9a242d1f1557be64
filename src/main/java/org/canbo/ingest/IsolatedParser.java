package org.canbo.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.canbo.model.FailureReason;

/**
 * Parses in a pool of forked JVMs so that a hang, an OOM or a crash costs one document, not the
 * run: the parent enforces the per-document deadline, kills a stuck worker and starts a new one.
 * Workers start lazily and are reused; {@link #parse} may be called from several threads.
 */
public final class IsolatedParser implements DocumentParser {
  /** Set this system property to {@code true} to see the workers' stderr. */
  public static final String DEBUG_PROPERTY = "canbo.ingest.debugWorkers";
  private static final Duration MIN_STARTUP = Duration.ofSeconds(60);

  /** A pool place; holds no worker until first used or after its worker died. */
  private static final class Slot {
    WorkerProcess worker;
  }

  private final IngestLimits limits;
  private final List<String> command;
  private final boolean debug = Boolean.getBoolean(DEBUG_PROPERTY);
  private final ObjectMapper json = new ObjectMapper();
  private final BlockingQueue<Slot> idle;
  private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
  private final WorkerPaths paths = new WorkerPaths();
  private volatile boolean closed;

  public IsolatedParser(IngestLimits limits) {
    this(limits, Set.of());
  }

  /** {@code extraTypes} go to each worker's parser; tests use them for Tika's MockParser. */
  IsolatedParser(IngestLimits limits, Set<String> extraTypes) {
    this.limits = limits;
    this.command = command(limits, extraTypes);
    this.idle = new ArrayBlockingQueue<>(limits.parseWorkers());
    for (int i = 0; i < limits.parseWorkers(); i++) {
      idle.add(new Slot());
    }
  }

  private static List<String> command(IngestLimits limits, Set<String> extraTypes) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + limits.workerHeapMb() + "m",
        "-XX:+ExitOnOutOfMemoryError",
        // Like ./canbo for the main JVM: C2 only for what stays hot (README: "JIT compiler").
        "-XX:Tier4InvocationThreshold=20000", "-XX:Tier4MinInvocationThreshold=2400",
        "-XX:Tier4CompileThreshold=60000", "-XX:Tier4BackEdgeThreshold=160000",
        // stdout carries the replies: the JVM's own warnings go to stderr (its default is stdout).
        "-Xlog:disable", "-Xlog:all=warning:stderr"));
    // JDK 25+: the AOT cache ./canbo started this JVM from serves the workers too (same class
    // path, so the same archived classes), and a worker starts faster.
    aotCache().ifPresent(cmd::add);
    cmd.addAll(List.of(
        "-cp", System.getProperty("java.class.path"),
        ParseWorkerMain.class.getName(),
        "--max-file-bytes", Long.toString(limits.maxFileBytes()),
        "--max-chars", Integer.toString(limits.maxChars()),
        "--ocr", limits.ocr().mode().label(),
        "--ocr-page-timeout", Long.toString(limits.ocr().pageTimeout().toSeconds())));
    for (String type : extraTypes.stream().sorted().toList()) {
      cmd.add("--allow-type");
      cmd.add(type);
    }
    return List.copyOf(cmd);
  }

  /** This JVM's {@code -XX:AOTCache=FILE} option, if it was started with one. */
  private static Optional<String> aotCache() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> arg.startsWith("-XX:AOTCache=")).reduce((first, last) -> last);
  }

  @Override
  public ParseOutcome parse(Path file) {
    if (closed) {
      throw new IllegalStateException("parser is closed; cannot parse " + file);
    }
    Slot slot;
    try {
      slot = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ParseOutcome.Failure(FailureReason.INTERNAL, "interrupted waiting for a worker");
    }
    try {
      if (slot.worker == null || !slot.worker.isAlive()) {
        // A worker that died while idle (killed from outside) is replaced before it costs a file.
        if (slot.worker != null) {
          live.remove(slot.worker);
        }
        slot.worker = startWorker();
      }
      Path handedOver = paths.forWorker(file);
      ParseOutcome outcome;
      try {
        outcome = slot.worker.parse(handedOver, limits.parseTimeout());
      } finally {
        paths.release(handedOver);
      }
      if (!slot.worker.isAlive()) {
        // Timed out, ran out of memory or crashed: the next file gets a fresh JVM.
        live.remove(slot.worker);
        slot.worker = null;
      }
      return outcome;
    } catch (IOException e) {
      return new ParseOutcome.Failure(FailureReason.INTERNAL, Failures.oneLine(e));
    } finally {
      idle.add(slot);
    }
  }

  private WorkerProcess startWorker() throws IOException {
    Duration startup = limits.parseTimeout().compareTo(MIN_STARTUP) > 0
        ? limits.parseTimeout() : MIN_STARTUP;
    WorkerProcess worker = WorkerProcess.start(command, debug, startup, json);
    live.add(worker);
    if (closed) {
      // close() ran while this worker was starting; do not leave it behind.
      worker.close();
      live.remove(worker);
      throw new IOException("parser closed while starting a worker");
    }
    return worker;
  }

  /** Stops every worker, including ones busy with a document (their callers get a failure). */
  @Override
  public void close() {
    closed = true;
    for (WorkerProcess worker : live) {
      worker.close();
    }
    live.clear();
    paths.close();
  }
}
