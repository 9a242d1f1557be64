package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canbo.ingest.TikaDocumentParserTest.failure;
import static org.canbo.ingest.TikaDocumentParserTest.success;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.canbo.model.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Forked workers: same text as in-process, and a hang or OOM costs one file, not the pool. */
class IsolatedParserTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private final IngestLimits limits = new IngestLimits(
      1L << 20, 1_000_000, TIMEOUT, 1, 96, IngestLimits.Isolation.PROCESS);

  @TempDir Path dir;

  private IsolatedParser mockAware(IngestLimits l) {
    return new IsolatedParser(l, Set.of("application/mock+xml"));
  }

  @Test
  void workerGivesTheSameResultAsInProcess() {
    ParsedText inProcess = success(new TikaDocumentParser(limits).parse(Fixtures.SEED));
    try (DocumentParser isolated = DocumentParsers.create(limits)) {
      assertThat(isolated).isInstanceOf(IsolatedParser.class);
      assertThat(success(isolated.parse(Fixtures.SEED))).isEqualTo(inProcess);
      failure(isolated.parse(dir.resolve("missing.txt")), FailureReason.CORRUPT);
    }
  }

  /**
   * The mock hangs for an hour without ever yielding: the parse returns only because the worker
   * was killed at the deadline (the JUnit timeout fails the test on a hang, never on a slow box).
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void hangIsKilledAtTheDeadlineAndTheNextFileStillParses() throws IOException {
    Path hang = Files.writeString(dir.resolve("hang.mock"),
        "<?xml version=\"1.0\"?><mock><hang millis=\"3600000\" heavy=\"false\" interruptible=\"false\"/></mock>");
    try (IsolatedParser parser = mockAware(limits)) {
      success(parser.parse(Fixtures.SEED));
      ParseOutcome.Failure f = failure(parser.parse(hang), FailureReason.TIMEOUT);
      assertThat(f.detail()).isEqualTo("killed after " + TIMEOUT.toMillis() + " ms");
      assertThat(Fixtures.lines(success(parser.parse(Fixtures.SEED)).text()))
          .isEqualTo(Fixtures.paragraphs(Fixtures.SEED));
    }
  }

  @Test
  void outOfMemoryKillsOnlyTheWorker() throws IOException {
    Path oom = Files.writeString(dir.resolve("oom.mock"), "<?xml version=\"1.0\"?><mock><oom/></mock>");
    try (IsolatedParser parser = mockAware(limits.withParseTimeout(Duration.ofSeconds(20)))) {
      ParseOutcome.Failure f = failure(parser.parse(oom), FailureReason.OUT_OF_MEMORY);
      assertThat(f.detail()).isEqualTo("worker exited with code 3");
      success(parser.parse(Fixtures.SEED));
    }
  }

  @Test
  void severalThreadsShareThePool() throws Exception {
    IngestLimits two = new IngestLimits(1L << 20, 1_000_000, Duration.ofSeconds(30), 2, 96,
        IngestLimits.Isolation.PROCESS);
    List<Path> seeds;
    try (var s = Files.list(Path.of("corpus"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (IsolatedParser parser = new IsolatedParser(two)) {
      List<Future<ParseOutcome>> futures =
          seeds.stream().map(p -> pool.submit(() -> parser.parse(p))).toList();
      for (int i = 0; i < seeds.size(); i++) {
        assertThat(Fixtures.lines(success(futures.get(i).get()).text()))
            .isEqualTo(Fixtures.paragraphs(seeds.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closedParserRefusesWork() {
    IsolatedParser parser = new IsolatedParser(limits);
    parser.close();
    assertThatThrownBy(() -> parser.parse(Fixtures.SEED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  /**
   * A text file well under the size limit but several times the worker's share of heap (the
   * 70-94 MB files that ran the default 512 MB workers out of memory, scaled to a 96 MB worker):
   * read up to --max-chars and flagged, like every other format.
   */
  @Test
  void largeTextUnderTheSizeLimitIsTruncatedNotOutOfMemory() throws IOException {
    Path big = dir.resolve("big.txt");
    String paragraph = String.join(" ", Fixtures.paragraphs(Fixtures.SEED)) + "\n";
    try (var out = Files.newBufferedWriter(big, java.nio.charset.StandardCharsets.UTF_8)) {
      while (Files.size(big) < 60L << 20) {
        for (int i = 0; i < 1000; i++) {
          out.write(paragraph);
        }
        out.flush();
      }
    }
    IngestLimits roomy = limits.withMaxFileBytes(100L << 20).withMaxChars(200_000)
        .withParseTimeout(Duration.ofSeconds(60));
    try (IsolatedParser parser = new IsolatedParser(roomy)) {
      ParsedText parsed = success(parser.parse(big));
      assertThat(parsed.truncated()).isTrue();
      assertThat(parsed.text()).hasSize(200_000).startsWith(paragraph.strip());
    }
  }
}
