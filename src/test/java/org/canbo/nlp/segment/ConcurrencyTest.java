package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.canbo.model.Span;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void eightThreadsOnOneInstanceGiveIdenticalResults() throws Exception {
    VietnameseSegmenter segmenter = VietnameseSegmenter.load();
    String text = Files.readString(seed(), StandardCharsets.UTF_8);
    List<Span> expected = segmenter.segment(text);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<Span>>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<List<Span>>> job = () -> {
          List<List<Span>> runs = new ArrayList<>();
          Workspace ws = segmenter.newWorkspace();
          for (int i = 0; i < 20; i++) {
            List<Span> spans = i % 2 == 0 ? segmenter.segment(text) : collect(segmenter, text, ws);
            runs.add(spans);
          }
          return runs;
        };
        results.add(pool.submit(job));
      }
      for (Future<List<List<Span>>> f : results) {
        for (List<Span> run : f.get()) {
          assertThat(run).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Span> collect(VietnameseSegmenter s, String text, Workspace ws) {
    List<Span> out = new ArrayList<>();
    s.segment(text, ws, (a, b, type) -> out.add(new Span(a, b, type)));
    return out;
  }

  private static Path seed() throws IOException {
    try (var files = Files.list(Path.of("corpus"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }
}
