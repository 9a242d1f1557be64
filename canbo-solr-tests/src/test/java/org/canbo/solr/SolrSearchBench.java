package org.canbo.solr;

import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.canbo.cli.CanboCommand;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.KwicRequest;
import org.canbo.index.KwicSort;
import org.canbo.index.SearchBackend;
import org.canbo.index.SearchRequest;
import org.canbo.index.SolrSearcher;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.junit.Test;

/**
 * Not a test: search latency (p50/p99) of the embedded index and of a 2-node in-JVM SolrCloud
 * (2 shards × 2 replicas) holding the same articles, through the one {@link SearchBackend}
 * interface. Runs only when asked: {@code mvn -B -o test -pl canbo-solr-tests -am
 * -Dtest=SolrSearchBench -Dcanbo.bench.texts=DIR -Dcanbo.bench.copies=3}.
 */
public class SolrSearchBench {
  private static final List<String> QUERIES = List.of("luân chuyển", "can bo", "\"Nghị quyết 67\"",
      "Thành ủy", "kỷ luật", "bổ nhiệm", "ban thường vụ", "đảng viên", "chuyen doi so",
      "tỉnh ủy", "cán bộ chủ chốt", "xử lý", "bí thư", "kiểm tra giám sát", "nhân sự");
  private static final int ROUNDS = 5;

  @Test
  public void searchLatencyOnBothBackends() throws Exception {
    String texts = System.getProperty("canbo.bench.texts");
    assumeTrue("set -Dcanbo.bench.texts=DIR to run the bench", texts != null);
    int copies = Integer.getInteger("canbo.bench.copies", 3);
    Path work = Files.createTempDirectory("canbo-solrsearch-bench");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    int files = variants(Path.of(texts), corpus, copies);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("solr")).build();
    try {
      String zk = cluster.getZkServer().getZkAddress();
      cli("solr", "init", "--zk", zk, "--collection", "bench", "--shards", "2", "--replicas", "2");
      cluster.waitForActiveCollection("bench", 2, 4);
      cli("ingest", "--solr", zk, "--collection", "bench", corpus.toString());
      cli("ingest", "--index", work.resolve("index").toString(), corpus.toString());
      VietnameseSegmenter segmenter = VietnameseSegmenter.load();
      System.out.printf("bench-solrsearch: %d articles, %d queries x %d rounds%n", files,
          QUERIES.size(), ROUNDS);
      try (SearchBackend embedded = new CorpusSearcher(work.resolve("index"), segmenter);
          SearchBackend solr = new SolrSearcher(SolrTarget.parse(zk).connect(), "bench", segmenter)) {
        for (String backend : List.of("embedded", "solr")) {
          SearchBackend b = backend.equals("embedded") ? embedded : solr;
          time(backend, "search (top 10 + snippets)", q -> b.search(SearchRequest.of(q, 10)));
          time(backend, "search + 7 facets", q -> b.search(
              SearchRequest.builder(q).facets(true).build()));
          time(backend, "kwic (first 50 lines)", q -> b.kwic(new KwicRequest(
              SearchRequest.builder(q).limit(50).build(), 40, KwicSort.DOC)));
        }
      }
    } finally {
      cluster.shutdown();
    }
  }

  @FunctionalInterface
  private interface Call {
    void run(String query) throws Exception;
  }

  /** One warm-up round, then ROUNDS timed rounds of every query; prints p50 and p99. */
  private static void time(String backend, String what, Call call) throws Exception {
    for (String q : QUERIES) {
      call.run(q);
    }
    long[] ns = new long[QUERIES.size() * ROUNDS];
    int i = 0;
    for (int r = 0; r < ROUNDS; r++) {
      for (String q : QUERIES) {
        long t0 = System.nanoTime();
        call.run(q);
        ns[i++] = System.nanoTime() - t0;
      }
    }
    Arrays.sort(ns);
    System.out.printf("bench-solrsearch: %-8s %-28s p50 %7.1f ms  p99 %7.1f ms%n", backend, what,
        ns[ns.length / 2] / 1e6, ns[(int) Math.ceil(ns.length * 0.99) - 1] / 1e6);
  }

  private static int variants(Path from, Path to, int copies) throws Exception {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
    }
    int n = 0;
    for (int c = 0; c < copies; c++) {
      for (Path p : sources) {
        Files.writeString(to.resolve("c" + c + "_" + p.getFileName()),
            "Bản tin số " + c + "\n" + Files.readString(p, StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
        n++;
      }
    }
    return n;
  }

  private static void cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CanboCommand.commandLine(out, err).execute(args);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", args) + ": exit " + code + ": "
          + err.toString(StandardCharsets.UTF_8));
    }
  }
}
