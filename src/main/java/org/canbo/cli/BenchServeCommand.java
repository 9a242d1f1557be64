package org.canbo.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.canbo.config.Models;
import org.canbo.index.CorpusSearcher;
import org.canbo.server.CanboServer;
import org.canbo.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-serve}: the server under a bounded mixed load (search, concordance, trend,
 * figures), then the same load while slow-header connections and heavy queries attack it;
 * requests/s and latency per phase, and whether {@code /api/health} stayed fast throughout.
 * Timing lives here, never in unit tests.
 */
@Command(
    name = "bench-serve",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the server: phase 1, CLIENTS clients send searches, concordances, trends and "
          + "figure tables back to back; phase 2, the same plus SLOW connections that send their "
          + "headers a byte a second and HEAVY clients sending expensive typo/prefix queries. "
          + "A probe asks /api/health every 20 ms throughout. Traffic goes to this machine only.",
      "Serves --index (or a replicated index of --articles copies of --corpus) in this process, "
          + "unless --url names a running canbo serve."
    })
final class BenchServeCommand extends CanboSubcommand {
  /** The target the issue set for the health probe, under any load. */
  static final double HEALTH_P99_TARGET_MS = 100;

  @Mixin IndexOption index;

  @Option(names = "--articles", paramLabel = "N",
      description = "Serve a replicated index of N articles (built under --workdir) instead of --index.")
  int articles;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Seed corpus for --articles and queries. Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("corpus");

  @Option(names = "--workdir", paramLabel = "DIR", description = "Where --articles builds its index (reused). Default: a new temporary directory.")
  Path workdir;

  @Option(names = "--url", paramLabel = "URL", description = "Load a running server at URL instead of starting one.")
  URI url;

  @Option(names = "--threads", paramLabel = "N",
      description = "Searches running at once (more wait in a queue). Default: ${DEFAULT-VALUE}, "
          + "one per processor.")
  int threads = ServerConfig.defaultThreads();

  @Option(names = "--clients", paramLabel = "N", description = "Mixed-load clients. Default: ${DEFAULT-VALUE}.")
  int clients = 20;

  @Option(names = "--slow", paramLabel = "N", description = "Slow-header connections in phase 2. Default: ${DEFAULT-VALUE}.")
  int slow = 8;

  @Option(names = "--heavy", paramLabel = "N", description = "Heavy-query clients in phase 2. Default: ${DEFAULT-VALUE}.")
  int heavy = 24;

  @Option(names = "--seconds", paramLabel = "S", description = "Length of each phase. Default: ${DEFAULT-VALUE}.")
  int seconds = 20;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || slow < 0 || heavy < 0 || seconds < 1 || seconds > 600) {
      err().println("canbo bench-serve: need --clients >= 1, --slow/--heavy >= 0, --seconds in 1..600");
      return ExitCodes.FATAL;
    }
    List<String> queries = QuerySampler.sample(corpus, 1000);
    if (url != null) {
      run(url, queries);
      return ExitCodes.OK;
    }
    Models models = Models.load();
    Path served = index.index;
    if (articles > 0) {
      requireInputs(corpus);
      Path dir = workdir != null ? Files.createDirectories(workdir)
          : Files.createTempDirectory("canbo-bench-serve");
      served = BenchIndex.prepare(corpus, articles, dir, models, out(), errStream());
    }
    try (CorpusSearcher searcher = new CorpusSearcher(served, models.segmenter());
        CanboServer server = CanboServer.start(searcher,
            new ServerConfig(ServerConfig.LOOPBACK, 0, threads, List.of()))) {
      out().printf("serving %d documents at %s with %d worker threads; max heap %.0f MB%n",
          searcher.count(), server.url(), threads, Runtime.getRuntime().maxMemory() / 1_048_576.0);
      HeapSampler heap = HeapSampler.start();
      run(URI.create(server.url()), queries);
      out().printf("peak heap (server and clients, one JVM): %.0f MB%n",
          heap.stopAndGetPeak() / 1_048_576.0);
    }
    return ExitCodes.OK;
  }

  private void run(URI base, List<String> queries) throws InterruptedException {
    ServeLoad load = new ServeLoad(base);
    // Warm-up: the first queries load the segmenter's and Lucene's classes and caches.
    LatencyLog warm = new LatencyLog();
    load.mixed(clients, queries, System.nanoTime() + 3_000_000_000L, warm);
    load.join();

    out().printf("%nphase 1: %d clients, mixed search/kwic/trend/figures, %d s%n", clients, seconds);
    LatencyLog health1 = new LatencyLog();
    LatencyLog mixed1 = new LatencyLog();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    load.health(20, end, health1);
    load.mixed(clients, queries, end, mixed1);
    load.join();
    out().println("  mixed   " + mixed1.describe(seconds));
    out().println("  health  " + health1.describe(seconds));
    out().flush();

    out().printf("%nphase 2: the same, plus %d slow-header connections and %d heavy-query clients, %d s%n",
        slow, heavy, seconds);
    LatencyLog health2 = new LatencyLog();
    LatencyLog mixed2 = new LatencyLog();
    LatencyLog heavy2 = new LatencyLog();
    AtomicInteger closed = new AtomicInteger();
    AtomicLong closedAfter = new AtomicLong();
    end = System.nanoTime() + seconds * 1_000_000_000L;
    load.health(20, end, health2);
    load.slowHeaders(slow, end, closed, closedAfter);
    load.heavy(heavy, heavyQueries(), end, heavy2);
    load.mixed(clients, queries, end, mixed2);
    load.join();
    out().println("  mixed   " + mixed2.describe(seconds));
    out().println("  heavy   " + heavy2.describe(seconds));
    out().println("  health  " + health2.describe(seconds));
    out().printf("  slow-header connections closed by the server: %d of %d%s%n", closed.get(), slow,
        closed.get() == 0 ? "" : String.format(" (after %.1f s on average)",
            closedAfter.get() / 1000.0 / closed.get()));

    double p99 = Math.max(health1.percentileMillis(99), health2.percentileMillis(99));
    int failures = health1.failures() + health2.failures() + mixed1.failures()
        + mixed2.failures() + heavy2.failures();
    out().printf("%nhealth p99 %.2f ms (target < %.0f ms): %s; connection failures: %d%n", p99,
        HEALTH_P99_TARGET_MS, p99 < HEALTH_P99_TARGET_MS ? "met" : "NOT met", failures);
    out().flush();
  }

  /**
   * Expensive on purpose: long words each allowed two typos (a Levenshtein automaton per word,
   * field and segment), many short prefixes, and a long OR of words.
   */
  static List<String> heavyQueries() {
    String typos = IntStream.range(0, 12).mapToObj(i -> "nghieepjvuxz" + (char) ('a' + i) + "~2")
        .collect(Collectors.joining(" "));
    String fewTypos = "chuyeenr~ luaan~ nghiqyet~ doongf~ ddarng~ tinhr~ huyeenj~ caanss~";
    String prefixes = "ca* ch* tr* ng* th* đa* qu* bi*";
    String ors = IntStream.range(0, 60).mapToObj(i -> "từ" + i).collect(Collectors.joining(" OR "));
    return List.of(typos, fewTypos, prefixes, ors);
  }
}
