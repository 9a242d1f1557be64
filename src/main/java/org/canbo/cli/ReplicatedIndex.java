package org.canbo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.canbo.config.Pipelines;
import org.canbo.index.LuceneIndex;
import org.canbo.ingest.IngestLimits;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.model.UserInputException;

/**
 * A large index for search benchmarks, built without re-running extraction: copies of a few
 * processed documents under new ids with dates spread over 2010–2024 (fixed seed), indexed by two
 * threads and committed once.
 */
final class ReplicatedIndex {
  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final int DAYS = 15 * 365;

  private ReplicatedIndex() {}

  static void build(List<Document> seeds, int copies, Path indexDir, VietnameseSegmenter segmenter)
      throws Exception {
    if (seeds.isEmpty()) {
      throw new UserInputException("no seed documents to replicate");
    }
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (LuceneIndex index = new LuceneIndex(indexDir,
        Pipelines.version(IngestLimits.DEFAULTS), segmenter)) {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < copies; i += threads) {
            index.accept(copy(seeds.get(i % seeds.size()), i));
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
      index.commit();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Copy {@code i} of {@code seed}: a new id and a date drawn from a seed of {@code i}. */
  static Document copy(Document seed, int i) {
    String date = FIRST.plusDays(new Random(i).nextInt(DAYS)).toString();
    return new Document(String.format("bench/%06d_%s", i, seed.id()), seed.source(),
        seed.text(), seed.metadata().withDate(date),
        seed.pages(), seed.status(), seed.layers(), seed.annotations());
  }

  static long size(Path dir) throws IOException {
    try (var files = java.nio.file.Files.walk(dir)) {
      return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length())
          .sum();
    }
  }
}
