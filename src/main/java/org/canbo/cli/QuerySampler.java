package org.canbo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.canbo.text.Diacritics;

/**
 * Draws benchmark queries from a corpus's own words: single words, two-word phrases, and the same
 * without diacritics, with a fixed seed so runs are comparable.
 */
final class QuerySampler {
  private QuerySampler() {}

  static List<String> sample(Path corpus, int n) throws IOException {
    List<String> words = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}\\p{N}]+")) {
          if (w.length() > 1) {
            words.add(w.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    Random random = new Random(42);
    List<String> queries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(words.size() - 1);
      String q = switch (i % 4) {
        case 0 -> words.get(at);
        case 1 -> "\"" + words.get(at) + " " + words.get(at + 1) + "\"";
        case 2 -> Diacritics.fold(words.get(at) + " " + words.get(at + 1));
        default -> words.get(at) + " " + words.get(random.nextInt(words.size()));
      };
      queries.add(q);
    }
    return queries;
  }
}
