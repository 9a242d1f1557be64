package org.canbo.nlp.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.codelibs.elasticsearch.vi.nlp.tokenizer.VietTokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Syllables per second of our segmenter and of vnTokenizer's own {@code VietTokenizer}, side by
 * side on the same lines (the seed articles in corpus/); one benchmark op is the whole corpus.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SegmenterBenchmark {

  /** The corpus lines and their syllable count (whitespace-separated pieces). */
  @State(Scope.Benchmark)
  public static class Corpus {
    @Param("corpus")
    public String dir;
    List<String> lines;
    long syllables;

    @Setup(Level.Trial)
    public void read() throws IOException {
      lines = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
              lines.add(line);
              syllables += line.strip().split("\\s+").length;
            }
          }
        }
      }
      if (lines.isEmpty()) {
        throw new IllegalStateException("no .txt lines under " + Path.of(dir).toAbsolutePath());
      }
    }
  }

  /** Reported by JMH as a rate: syllables segmented per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Syllables {
    public long syllables;
  }

  /** Our segmenter: one shared instance, one workspace per thread. */
  @State(Scope.Thread)
  public static class Canbo {
    VietnameseSegmenter segmenter;
    Workspace workspace;

    @Setup(Level.Trial)
    public void load() {
      segmenter = VietnameseSegmenter.load();
      workspace = segmenter.newWorkspace();
    }
  }

  /** vnTokenizer's own classes, without its OpenNLP sentence detector (lines are given). */
  @State(Scope.Thread)
  public static class VnTokenizer {
    VietTokenizer tokenizer;

    @Setup(Level.Trial)
    public void load() throws IOException {
      Properties p = new Properties();
      try (var in = VietTokenizer.class.getResourceAsStream("/tokenizer.properties")) {
        p.load(in);
      }
      tokenizer = new VietTokenizer(p);
      tokenizer.turnOffSentenceDetection();
    }
  }

  @Benchmark
  public void canbo(Corpus corpus, Canbo canbo, Syllables counter, Blackhole bh) {
    int[] words = {0};
    for (String line : corpus.lines) {
      canbo.segmenter.segment(line, canbo.workspace, (s, e, t) -> words[0] += e - s);
    }
    bh.consume(words[0]);
    counter.syllables += corpus.syllables;
  }

  @Benchmark
  public void vnTokenizer(Corpus corpus, VnTokenizer vn, Syllables counter, Blackhole bh) {
    for (String line : corpus.lines) {
      bh.consume(vn.tokenizer.segment(line));
    }
    counter.syllables += corpus.syllables;
  }
}
