package org.canbo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.canbo.ingest.HtmlPageReader;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.ParseOutcome;
import org.canbo.ingest.ParsedText;
import org.canbo.ingest.html.BenchSummary;
import org.canbo.ingest.html.PageScore;
import org.canbo.ingest.html.ShingleScorer;
import org.canbo.text.TextCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-clean}: scores the HTML cleaning (what the ingest would index) against true
 * article bodies, the article-extraction benchmark's way, and times it.
 */
@Command(
    name = "bench-clean",
    mixinStandardHelpOptions = true,
    description = "Scores HTML cleaning against true article bodies: shingle precision, recall "
        + "and F1 over pages, the worst pages, fallbacks and the cleaning time per page.")
public final class BenchCleanCommand extends CanboSubcommand {
  @Option(names = "--html", required = true, paramLabel = "DIR",
      description = "Pages named KEY.html or KEY.html.gz.")
  Path html;

  @Option(names = "--truth", required = true, paramLabel = "FILE.json",
      description = "{\"KEY\": {\"articleBody\": \"...\", \"url\": \"...\"}, ...}")
  Path truth;

  @Option(names = "--only", paramLabel = "FILE", description = "Score only these keys (one per line, # comments).")
  Path only;

  @Option(names = "--exclude", paramLabel = "FILE", description = "Leave these keys out (same format).")
  Path exclude;

  @Option(names = "--worst", paramLabel = "N", description = "Pages listed, worst F1 first. Default: ${DEFAULT-VALUE}.")
  int worst = 10;

  /** CPU time of this thread: steadier than the clock on a machine shared with other jobs. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final TextCleaner cleaner = new TextCleaner();

  /** One page's score, the page's URL, whether it fell back, and its cleaning time. */
  private record PageResult(PageScore score, String url, boolean flagged, long nanos) {}

  @Override
  public Integer call() throws IOException {
    requireInputs(html, truth, only, exclude);
    JsonNode bodies = new ObjectMapper().readTree(truth.toFile());
    Predicate<String> selected = IdList.select(only, exclude);
    HtmlPageReader reader = new HtmlPageReader(IngestLimits.DEFAULTS);
    List<PageResult> results = new ArrayList<>();
    for (Iterator<String> keys = bodies.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (selected.test(key)) {
        results.add(page(reader, key, bodies.get(key)));
      }
    }
    if (results.isEmpty()) {
      err().println("canbo bench-clean: no page selected from " + truth);
      return ExitCodes.FATAL;
    }
    print(results);
    return ExitCodes.OK;
  }

  private PageResult page(HtmlPageReader reader, String key, JsonNode truth) throws IOException {
    byte[] bytes = bytes(key);
    String predicted = "";
    boolean flagged = false;
    long t0 = CPU.getCurrentThreadCpuTime();
    if (bytes != null) {
      ParseOutcome outcome = reader.read(bytes);
      if (outcome instanceof ParseOutcome.Success success) {
        ParsedText parsed = success.parsed();
        predicted = cleaner.clean(parsed.text()).text();
        flagged = !parsed.flags().isEmpty();
      }
    }
    long nanos = CPU.getCurrentThreadCpuTime() - t0;
    PageScore score = ShingleScorer.score(key, truth.path("articleBody").asText(""), predicted);
    return new PageResult(score, truth.path("url").asText(""), flagged, nanos);
  }

  private byte[] bytes(String key) throws IOException {
    Path plain = html.resolve(key + ".html");
    if (Files.isRegularFile(plain)) {
      return Files.readAllBytes(plain);
    }
    Path gz = html.resolve(key + ".html.gz");
    if (Files.isRegularFile(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    err().println(html.resolve(key + ".html") + ": no such page; scored as empty");
    return null;
  }

  private void print(List<PageResult> results) {
    BenchSummary summary = BenchSummary.of(results.stream().map(PageResult::score).toList());
    long fallbacks = results.stream().filter(PageResult::flagged).count();
    double meanMs = results.stream().mapToLong(PageResult::nanos).average().orElse(0) / 1e6;
    long[] sorted = results.stream().mapToLong(PageResult::nanos).sorted().toArray();
    out().printf(Locale.ROOT, "pages: %d (fallback: %d)%n", summary.pages(), fallbacks);
    out().printf(Locale.ROOT, "precision: %.4f%nrecall: %.4f%nF1: %.4f%n",
        summary.precision(), summary.recall(), summary.f1());
    out().printf(Locale.ROOT, "cleaning CPU time per page: mean %.1f ms, median %.1f ms, max %.1f ms%n",
        meanMs, sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    if (worst > 0) {
      out().println("worst pages (F1 precision recall tp/fp/fn key url):");
    }
    results.stream()
        .sorted(Comparator.comparingDouble((PageResult r) -> r.score().f1())
            .thenComparing(r -> r.score().key()))
        .limit(worst)
        .forEach(r -> out().printf(Locale.ROOT, "  %.3f %.3f %.3f %d/%d/%d %s%s %s%n",
            r.score().f1(), r.score().precision(), r.score().recall(), r.score().tp(),
            r.score().fp(), r.score().fn(), r.score().key(), r.flagged() ? " (fallback)" : "",
            r.url()));
    out().flush();
  }
}
