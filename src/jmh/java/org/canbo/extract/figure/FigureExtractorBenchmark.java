package org.canbo.extract.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.ArticleMetadata;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.CleanText;
import org.canbo.text.TextCleaner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per article of {@link FigureExtractor#extract} on clean texts, as the pipeline's figure
 * stage sees them (raw text through {@link TextCleaner}, metadata from {@link MetadataExtractor}):
 * the five seed articles ({@code corpus/*.txt}, what {@code canbo bench} replicates) and the 25 dev
 * excerpts ({@code ../shared/dev/texts}). Scores are microseconds per article.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FigureExtractorBenchmark {

  /** A clean article with its metadata and id. */
  record Article(String id, String text, ArticleMetadata meta) {}

  @State(Scope.Benchmark)
  public static class Articles {
    @Param("corpus")
    public String seedDir;
    @Param("../shared/dev/texts")
    public String devDir;
    List<Article> seeds;
    List<Article> dev;
    FigureExtractor extractor;

    @Setup(Level.Trial)
    public void read() throws IOException {
      Gazetteer gazetteer = Gazetteer.load();
      MetadataExtractor metadata = new MetadataExtractor(gazetteer);
      TextCleaner cleaner = new TextCleaner();
      extractor = new FigureExtractor(Vocabulary.load(), gazetteer,
          org.canbo.nlp.segment.VietnameseSegmenter.load());
      seeds = read(Path.of(seedDir), cleaner, metadata, 5);
      dev = read(Path.of(devDir), cleaner, metadata, 25);
    }

    private static List<Article> read(Path dir, TextCleaner cleaner, MetadataExtractor metadata,
        int expected) throws IOException {
      List<Article> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          CleanText clean = cleaner.clean(Files.readString(p, StandardCharsets.UTF_8));
          String id = p.getFileName().toString().replaceFirst("\\.txt$", "");
          out.add(new Article(id, clean.text(), metadata.extract(clean, Map.of())));
        }
      }
      if (out.size() != expected) {
        // @OperationsPerInvocation below is fixed; a different count would skew the per-article score
        throw new IllegalStateException(
            "expected " + expected + " articles in " + dir + ", found " + out.size()
                + " (run from the project root)");
      }
      return out;
    }
  }

  /** One op = one seed article (the five of corpus/, each extracted once per invocation). */
  @Benchmark
  @OperationsPerInvocation(5)
  public void seedArticle(Articles a, Blackhole bh) {
    for (Article art : a.seeds) {
      bh.consume(a.extractor.extract(art.id(), art.text(), art.meta()));
    }
  }

  /** One op = one dev excerpt (the 25 of ../shared/dev/texts). */
  @Benchmark
  @OperationsPerInvocation(25)
  public void devArticle(Articles a, Blackhole bh) {
    for (Article art : a.dev) {
      bh.consume(a.extractor.extract(art.id(), art.text(), art.meta()));
    }
  }
}
