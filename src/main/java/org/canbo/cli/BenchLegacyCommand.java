package org.canbo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canbo.ingest.legacy.LegacyDetector;
import org.canbo.ingest.legacy.LegacyEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-legacy}: legacy-encoding detection precision and recall on a generated mix —
 * seed articles cut into chunks, each as Unicode, TCVN3 and VNI (our encoder), plus French,
 * Spanish and German samples — and how many converted chunks come back identical.
 */
@Command(
    name = "bench-legacy",
    mixinStandardHelpOptions = true,
    description = "Measures TCVN3/VNI detection on generated text: precision, recall, exact "
        + "round trips, false conversions of Unicode and Western text.")
public final class BenchLegacyCommand extends CanboSubcommand {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Seed articles (*.txt, UTF-8). "
      + "Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("corpus");

  @Option(names = "--chunk", paramLabel = "N", description = "Paragraphs per sample. "
      + "Default: ${DEFAULT-VALUE}.")
  int chunk = 2;

  /** One generated sample: its text, what it truly is (null: not legacy) and the Unicode it encodes. */
  private record Sample(String text, LegacyEncoding truth, String unicode) {}

  @Override
  public Integer call() throws IOException {
    List<Sample> samples = samples();
    LegacyDetector detector = new LegacyDetector();
    int[] tp = new int[2];
    int[] fp = new int[2];
    int[] fn = new int[2];
    int exact = 0;
    int flagged = 0;
    long started = System.nanoTime();
    for (Sample s : samples) {
      LegacyDetector.Result r = detector.detect(s.text(), null);
      LegacyEncoding found = r instanceof LegacyDetector.Converted c ? c.encoding() : null;
      flagged += r instanceof LegacyDetector.Unconvertible ? 1 : 0;
      if (found != null && found == s.truth()) {
        tp[found.ordinal()]++;
        exact += ((LegacyDetector.Converted) r).text().equals(s.unicode()) ? 1 : 0;
      } else {
        if (found != null) {
          fp[found.ordinal()]++;
        }
        if (s.truth() != null) {
          fn[s.truth().ordinal()]++;
        }
      }
    }
    double ms = (System.nanoTime() - started) / 1e6;
    long legacy = samples.stream().filter(s -> s.truth() != null).count();
    out().printf("samples: %d (%d legacy, %d Unicode Vietnamese or Western)%n", samples.size(),
        legacy, samples.size() - legacy);
    for (LegacyEncoding e : LegacyEncoding.values()) {
      int i = e.ordinal();
      out().printf("%-6s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n", e.label(),
          ratio(tp[i], tp[i] + fp[i]), ratio(tp[i], tp[i] + fn[i]), tp[i], fp[i], fn[i]);
    }
    out().printf("converted identical to the original: %d of %d%n", exact, tp[0] + tp[1]);
    out().printf("flagged as unconvertible: %d%n", flagged);
    out().printf("time: %.2f ms per sample%n", ms / samples.size());
    return 0;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private List<Sample> samples() throws IOException {
    List<Sample> out = new ArrayList<>();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(corpus)) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds) {
      List<String> paragraphs = Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> l.length() > 1)
          // An 8-bit file cannot hold "…" or curly quotes: legacy files use ASCII ones.
          // Ð (Icelandic eth) stands in for Đ on some sites; TCVN3 has only Đ.
          .map(l -> Normalizer.normalize(l.replace('Ð', 'Đ').replace("…", "...").replaceAll("[“”]", "\"")
              .replaceAll("[‘’]", "'").replaceAll("[–—]", "-"), Normalizer.Form.NFC))
          .toList();
      for (int i = 0; i < paragraphs.size(); i += chunk) {
        String unicode = String.join("\n", paragraphs.subList(i, Math.min(paragraphs.size(), i + chunk)));
        out.add(new Sample(unicode, null, unicode));
        for (LegacyEncoding e : LegacyEncoding.values()) {
          String encoded = e.encode(unicode);
          // ASCII-only chunks ("Back To Top") read the same in every encoding: nothing to detect.
          out.add(new Sample(encoded, encoded.equals(unicode) ? null : e, unicode));
        }
      }
    }
    try (InputStream in = getClass().getResourceAsStream("/org/canbo/ingest/legacy/western-samples.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> out.add(new Sample(l, null, l)));
    }
    return out;
  }
}
