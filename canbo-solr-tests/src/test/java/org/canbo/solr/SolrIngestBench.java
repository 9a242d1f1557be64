package org.canbo.solr;

import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.canbo.cli.CanboCommand;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.junit.Test;

/**
 * Not a test: ingest throughput into a 2-node in-JVM SolrCloud (2 shards × 2 replicas) against
 * the embedded index on the same files, and the heap of the nodes with canbo's analysis loaded.
 * Runs only when asked (README "When one machine is not enough"):
 * {@code mvn -B -o test -pl canbo-solr-tests -am -Dtest=SolrIngestBench -Dcanbo.bench.texts=DIR
 * -Dcanbo.bench.copies=12}. Each copy of each text gets its own first line, so every file is a
 * distinct article.
 */
public class SolrIngestBench {

  @Test
  public void ingestIntoSolrCloudAndEmbedded() throws Exception {
    String texts = System.getProperty("canbo.bench.texts");
    assumeTrue("set -Dcanbo.bench.texts=DIR to run the bench", texts != null);
    int copies = Integer.getInteger("canbo.bench.copies", 10);
    Path work = Files.createTempDirectory("canbo-solr-bench");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    int files = variants(Path.of(texts), corpus, copies);
    Path warm = Files.createDirectories(work.resolve("warm"));
    variants(Path.of(texts), warm, 1);

    long base = heapAfterGc();
    VietnameseSegmenter.shared();
    long lexicon = heapAfterGc() - base;
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("solr")).build();
    try {
      String zk = cluster.getZkServer().getZkAddress();
      cli("solr", "init", "--zk", zk, "--collection", "bench", "--shards", "2", "--replicas", "2");
      cluster.waitForActiveCollection("bench", 2, 4);
      long nodes = heapAfterGc() - base - lexicon;
      cli("solr", "init", "--zk", zk, "--collection", "warm", "--shards", "2", "--replicas", "2");
      // Warm both paths (JIT, models) on other targets, then measure.
      cli("ingest", "--index", work.resolve("warm-index").toString(), warm.toString());
      cli("ingest", "--solr", zk, "--collection", "warm", warm.toString());

      long t0 = System.nanoTime();
      cli("ingest", "--index", work.resolve("index").toString(), corpus.toString());
      double embedded = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      cli("ingest", "--solr", zk, "--collection", "bench", corpus.toString());
      double solr = (System.nanoTime() - t0) / 1e9;
      long loaded = heapAfterGc() - base;

      System.out.printf("bench-solr: %d files (%d texts × %d copies)%n", files, files / copies,
          copies);
      System.out.printf("bench-solr: embedded index  %.1f s  %.1f docs/s%n", embedded,
          files / embedded);
      System.out.printf("bench-solr: SolrCloud 2x2   %.1f s  %.1f docs/s%n", solr, files / solr);
      System.out.printf("bench-solr: heap after GC: lexicon (shared by every core) %d MB; "
              + "2 nodes with the collection (4 cores) %d MB (%d MB per node); after both ingests (2 collections, the CLI's own models) %d MB%n",
          mb(lexicon), mb(nodes), mb(nodes / 2), mb(loaded));
    } finally {
      cluster.shutdown();
    }
  }

  /** Writes {@code copies} variants of every .txt under {@code from} into {@code to}. */
  private static int variants(Path from, Path to, int copies) throws Exception {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
    }
    int n = 0;
    for (int c = 0; c < copies; c++) {
      for (Path p : sources) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Files.writeString(to.resolve("c" + c + "_" + p.getFileName()),
            "Bản tin số " + c + "\n" + text, StandardCharsets.UTF_8);
        n++;
      }
    }
    return n;
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
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
