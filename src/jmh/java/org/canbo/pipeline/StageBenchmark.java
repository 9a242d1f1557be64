package org.canbo.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.canbo.config.Models;
import org.canbo.config.Pipelines;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.TikaDocumentParser;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.Document;
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
 * Time per article of one stage of the standard pipeline ({@link Pipelines#standard}), chosen by
 * name, on the five seed articles ({@code corpus/}) as read by {@link ArticleReader}. The layers the
 * stage requires come from running the stages before it, again before every invocation (untimed):
 * the word layer segments a sentence when a stage first reads it, so a stage pays for the sentences
 * it is the first to read, as in {@code canbo bench-stages}. Scores are microseconds per article.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StageBenchmark {
  private static final int SEEDS = 5;

  /** The seeds as read, the stages, and the timed stage's inputs for the next invocation. */
  @State(Scope.Benchmark)
  public static class Prepared {
    /** A stage of the standard pipeline, by {@link Stage#name()}. */
    @Param({"SentenceStage", "CanonicalStage", "WordStage", "LanguageStage", "FigureStage",
        "OfficialStage", "PlaceStage", "OrganisationStage", "DocumentRefStage"})
    public String stage;
    @Param("corpus")
    public String seedDir;

    List<Document> read;
    List<Stage> before;
    Stage timed;
    List<Document> inputs;

    @Setup(Level.Trial)
    public void load() throws IOException {
      Models models = Models.load();
      List<Stage> stages = Pipelines.standard(models).stages();
      List<String> names = stages.stream().map(Stage::name).toList();
      int at = names.indexOf(stage);
      if (at < 0) {
        throw new IllegalArgumentException("no stage '" + stage + "' in the standard pipeline: " + names);
      }
      timed = stages.get(at);
      before = stages.subList(0, at);
      read = read(Path.of(seedDir), models);
    }

    /** The stages before the timed one, on fresh documents: no layer is shared between invocations. */
    @Setup(Level.Invocation)
    public void inputs() {
      List<Document> out = new ArrayList<>(read.size());
      for (Document d : read) {
        Document current = d;
        for (Stage s : before) {
          current = s.apply(current);
        }
        out.add(current);
      }
      inputs = out;
    }

    private static List<Document> read(Path dir, Models models) throws IOException {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      List<Document> out = new ArrayList<>();
      try (TikaDocumentParser parser = new TikaDocumentParser(
          IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS))) {
        ArticleReader reader = new ArticleReader(parser, new MetadataExtractor(models.gazetteer()));
        for (Path f : files) {
          if (reader.read(f, f.getFileName().toString(), "-", Files.size(f))
              instanceof ReadResult.Read ok) {
            out.add(ok.document());
          }
        }
      }
      if (out.size() != SEEDS) {
        // @OperationsPerInvocation below is fixed; a different count would skew the per-article score
        throw new IllegalStateException("expected " + SEEDS + " readable articles in " + dir
            + ", found " + out.size() + " (run from the project root)");
      }
      return out;
    }
  }

  /** One op = one seed article through the chosen stage. */
  @Benchmark
  @OperationsPerInvocation(SEEDS)
  public void article(Prepared p, Blackhole bh) {
    for (Document d : p.inputs) {
      bh.consume(p.timed.apply(d));
    }
  }
}
