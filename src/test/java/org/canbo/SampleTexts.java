package org.canbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canbo.text.TextCleaner;

/**
 * Real text for equivalence tests: the clean texts of the seed corpus and, when {@code ../shared}
 * sits beside the project, of the dev excerpts too.
 */
public final class SampleTexts {
  private SampleTexts() {}

  public static List<String> cleanTexts() throws IOException {
    List<String> out = new ArrayList<>();
    TextCleaner cleaner = new TextCleaner();
    for (Path dir : List.of(Path.of("corpus"), Path.of("../shared/dev/texts"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(cleaner.clean(Files.readString(p)).text());
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(5);
    return out;
  }
}
