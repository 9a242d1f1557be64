package org.canbo.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.canbo.text.TextCleaner;
import org.junit.jupiter.api.Test;

/**
 * The hand scan for digit runs ({@link NumberRecognizer#runStart}, {@link NumberRecognizer#runEnd})
 * finds exactly the runs of the regex it replaced, on the seed and dev texts and on edge cases, in
 * regions that start and end anywhere.
 */
class DigitRunScanTest {
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,/:]\\d+)*");

  @Test
  void sameRunsAsTheRegexOnSeedAndDevTexts() throws IOException {
    int runs = 0;
    for (String text : texts()) {
      for (int from = 0; from < text.length(); from += 37) {
        int to = Math.min(text.length(), from + 400);
        List<int[]> expected = regex(text, from, to);
        assertThat(scan(text, from, to)).as("[%d, %d)", from, to)
            .containsExactlyElementsOf(expected);
        runs += expected.size();
      }
    }
    assertThat(runs).isGreaterThan(500);
  }

  @Test
  void edgeCases() {
    for (String text : List.of("12/16 đồng chí", "ngày 11/9/2013.", "13.000, 96,9%", "a12 3b 4",
        "1.2.", "12:", "3,a5", "x1:2:3y", "9", "", "(6/10)", "A1 2", "𝐀1 2", "1..2", "5,", "07:35")) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertThat(scan(text, from, to)).as("%s [%d, %d)", text, from, to)
              .containsExactlyElementsOf(regex(text, from, to));
        }
      }
    }
  }

  private static List<int[]> regex(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RUN.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static List<int[]> scan(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    for (int s = NumberRecognizer.runStart(text, from, from, to); s >= 0; ) {
      int e = NumberRecognizer.runEnd(text, s, to);
      out.add(new int[] {s, e});
      s = NumberRecognizer.runStart(text, e, from, to);
    }
    return out;
  }

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    for (Path dir : List.of(Path.of("corpus"), Path.of("../shared/dev/texts"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            out.add(new TextCleaner().clean(Files.readString(p)).text());
          }
        }
      }
    }
    return out;
  }
}
