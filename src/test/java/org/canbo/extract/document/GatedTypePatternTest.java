package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.canbo.text.GatedMatcher;
import org.canbo.text.TextCleaner;
import org.canbo.text.ToneMarks;
import org.junit.jupiter.api.Test;

/**
 * The gated document-word search ({@link DocumentVocabulary#typeFinder}) finds exactly what the plain {@code
 * find(from)} of the document-word pattern finds, on the seeds and dev excerpts as written, upper-cased and
 * lower-cased, searching on from each match's end and from just after each match's start.
 */
class GatedTypePatternTest {
  private static final DocumentVocabulary VOCABULARY = DocumentVocabulary.load();

  @Test
  void sameMatchesAsThePlainFind() throws IOException {
    int matches = 0;
    for (String text : texts()) {
      for (String v : List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))) {
        String canonical = ToneMarks.canonical(v);
        for (boolean fromEnd : List.of(true, false)) {
          List<String> plain = new ArrayList<>();
          Matcher m = VOCABULARY.typePattern().matcher(canonical);
          for (int from = 0; from < canonical.length() && m.find(from);
              from = fromEnd ? m.end() : m.start() + 1) {
            plain.add(m.start() + "-" + m.end() + ":" + m.group());
          }
          List<String> gated = new ArrayList<>();
          GatedMatcher g = VOCABULARY.typeFinder(canonical);
          Matcher gm = g.matcher();
          for (int from = 0; from < canonical.length() && g.find(from);
              from = fromEnd ? gm.end() : gm.start() + 1) {
            gated.add(gm.start() + "-" + gm.end() + ":" + gm.group());
          }
          assertThat(gated).isEqualTo(plain);
          matches += plain.size();
        }
      }
    }
    assertThat(matches).isGreaterThan(100);
  }

  static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    for (Path dir : List.of(Path.of("corpus"), Path.of("../shared/dev/texts"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(new TextCleaner().clean(Files.readString(p)).text());
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(5);
    return out;
  }
}
