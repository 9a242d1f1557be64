package org.canbo.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.canbo.config.Models;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.FigureCondition;
import org.canbo.index.KwicRequest;
import org.canbo.index.KwicSort;
import org.canbo.index.SearchRequest;
import org.canbo.server.CanboServer;
import org.canbo.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/**
 * {@code canbo bench-search}: query latency p50/p99 on a large index built by replicating the
 * processed seed articles, for plain, faceted, figure-filtered and concordance queries, plus the
 * HTTP search endpoint the page uses.
 */
@Command(
    name = "bench-search",
    mixinStandardHelpOptions = true,
    description = "Benchmark search latency on an index of many copies of the corpus's processed "
        + "articles (ingested once, then replicated with spread dates; no re-extraction).")
final class BenchSearchCommand extends CanboSubcommand {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Seed corpus. Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("corpus");

  @Option(names = "--articles", paramLabel = "N", description = "Articles in the index. Default: ${DEFAULT-VALUE}.")
  int articles = 100_000;

  @Option(names = "--queries", paramLabel = "N", description = "Queries timed per kind. Default: ${DEFAULT-VALUE}.")
  int queries = 1_000;

  @Option(names = "--workdir", paramLabel = "DIR",
      description = "Where the seed and replicated indexes go (reused when present). Default: a "
          + "new temporary directory.")
  Path workdir;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Time this existing index instead (opened read-only; --articles and "
          + "--workdir are then ignored), e.g. one built earlier under a --workdir.")
  Path existingIndex;

  @Option(names = "--warmup-rounds", paramLabel = "N",
      description = "Passes of every in-process kind over the whole sample before any is timed, so "
          + "the JIT has compiled the search code (0: only each kind's 100 warm-up queries). "
          + "Default: ${DEFAULT-VALUE}.")
  int warmupRounds = 1;

  /** One kind of query, timed over the sampled query strings. */
  @FunctionalInterface
  private interface Probe {
    void run(String query, int i) throws Exception;
  }

  @Override
  public Integer call() throws Exception {
    requireInputs(corpus);
    Models models = Models.load();
    Path indexDir = existingIndex != null ? existingIndex : BenchIndex.prepare(corpus, articles,
        workdir != null ? Files.createDirectories(workdir) : Files.createTempDirectory("canbo-bench-search"),
        models, out(), errStream());
    List<String> sample = QuerySampler.sample(corpus, queries);
    String[] years = new String[15];
    Arrays.setAll(years, i -> String.valueOf(2010 + i));
    try (CorpusSearcher searcher = new CorpusSearcher(indexDir, models.segmenter())) {
      out().printf("documents: %d; %d queries per kind, after %d warm-up pass(es) of every kind "
          + "over them and %d warm-up queries of each kind%n", searcher.count(), sample.size(),
          warmupRounds, Math.min(100, sample.size()));
      Map<String, Probe> kinds = new LinkedHashMap<>();
      kinds.put("plain (top 10 + snippets)", (q, i) -> searcher.search(SearchRequest.of(q, 10)));
      kinds.put("faceted (7 facet counts + facet.year filter)", (q, i) -> searcher.search(
          SearchRequest.builder(q).facets(true).facet("year", years[i % years.length]).build()));
      kinds.put("figure-filtered (rotation>=10)", (q, i) -> searcher.search(
          SearchRequest.builder(q).figures(List.of(FigureCondition.parse("rotation>=10"))).build()));
      kinds.put("kwic (first 50 lines, width 40)", (q, i) -> searcher.kwic(new KwicRequest(
          SearchRequest.of(q, 50), KwicRequest.DEFAULT_WIDTH, KwicSort.DOC)));
      // The JIT compiles on its own threads: on two cores, without a pass of every kind first, the
      // kind timed first shared the cores with the compiler and read as slower than it is.
      for (int round = 0; round < warmupRounds; round++) {
        for (Probe probe : kinds.values()) {
          for (int i = 0; i < sample.size(); i++) {
            runIgnoringBadQueries(probe, sample.get(i), i);
          }
        }
      }
      for (Map.Entry<String, Probe> kind : kinds.entrySet()) {
        time(kind.getKey(), sample, kind.getValue());
      }
      try (CanboServer server = CanboServer.start(searcher, ServerConfig.loopback(0))) {
        HttpClient client = HttpClient.newHttpClient();
        time("HTTP /api/search (page of 10 + all facets)", sample, (q, i) -> {
          HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(server.url()
              + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
              HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() != 200 && r.statusCode() != 400) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " for " + q);
          }
        });
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Runs a warm-up, then every query once, and prints p50, p99 and max of the wall time, and p50
   * and p99 of the CPU time the calling thread spent: on a shared box the wall time mostly says
   * how long the query waited for a core, the CPU time what it cost (HTTP queries run on the
   * server's threads: their CPU column is the client's and is not shown).
   */
  private void time(String kind, List<String> sample, Probe probe) throws Exception {
    Random order = new Random(7);
    for (int i = 0; i < Math.min(100, sample.size()); i++) {
      runIgnoringBadQueries(probe, sample.get(order.nextInt(sample.size())), i);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean inProcess = !kind.startsWith("HTTP");
    long[] nanos = new long[sample.size()];
    long[] cpu = new long[sample.size()];
    Integer[] byCpu = new Integer[sample.size()];
    int failed = 0;
    for (int i = 0; i < sample.size(); i++) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      failed += runIgnoringBadQueries(probe, sample.get(i), i) ? 0 : 1;
      nanos[i] = System.nanoTime() - t;
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
      byCpu[i] = i;
    }
    long[] unsorted = (inProcess ? cpu : nanos).clone();
    Arrays.sort(byCpu, (a, b) -> Long.compare(unsorted[b], unsorted[a]));
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    out().printf("%-46s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%s%s%n", kind,
        BenchCommand.percentile(nanos, 50) / 1e6, BenchCommand.percentile(nanos, 99) / 1e6,
        nanos[nanos.length - 1] / 1e6,
        inProcess ? String.format("  cpu p50 %6.2f ms  p99 %7.2f ms",
            BenchCommand.percentile(cpu, 50) / 1e6, BenchCommand.percentile(cpu, 99) / 1e6) : "",
        failed > 0 ? "  (" + failed + " refused)" : "");
    // The costliest queries say where the tail comes from (CPU in process, wall time over HTTP).
    StringBuilder slowest = new StringBuilder("    slowest:");
    for (int k = 0; k < Math.min(3, byCpu.length); k++) {
      slowest.append(String.format(" [%s] %.1f ms;", sample.get(byCpu[k]), unsorted[byCpu[k]] / 1e6));
    }
    out().println(slowest);
    out().flush();
  }

  /** False when the query was refused as bad input (a sampled word can be an operator). */
  private static boolean runIgnoringBadQueries(Probe probe, String query, int i) throws Exception {
    try {
      probe.run(query, i);
      return true;
    } catch (UserInputException e) {
      return false;
    }
  }
}
