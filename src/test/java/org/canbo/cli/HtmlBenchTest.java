package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The html-bench pages of ../shared (skipped where it is absent): the held-out split is the
 * seeded draw it claims to be, and the development pages keep their score.
 */
class HtmlBenchTest {
  private static final Path BENCH = Path.of("../shared/html-bench");
  private static final Path HELD_OUT = Path.of("src/test/resources/html-bench/heldout.txt");

  @BeforeEach
  void needsTheBench() {
    assumeTrue(Files.isDirectory(BENCH.resolve("html")), "no " + BENCH);
  }

  @Test
  void heldOutPagesAreTheSeededDraw() throws IOException {
    List<String> lines = Files.readAllLines(HELD_OUT, StandardCharsets.UTF_8);
    long seed = lines.stream().filter(l -> l.startsWith("# seed: ")).findFirst()
        .map(l -> Long.parseLong(l.substring("# seed: ".length()).strip())).orElseThrow();
    List<String> listed = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    List<String> keys = new ArrayList<>();
    try (Stream<Path> pages = Files.list(BENCH.resolve("html"))) {
      pages.map(p -> p.getFileName().toString().replace(".html.gz", "")).sorted().forEach(keys::add);
    }
    Collections.shuffle(keys, new Random(seed));
    assertThat(listed).isSorted().isEqualTo(keys.subList(0, listed.size()).stream().sorted().toList());
  }

  @Test
  void developmentPagesScoreAtLeastTheTarget() {
    CliRun run = CliRun.of("bench-clean", "--html", BENCH.resolve("html").toString(), "--truth",
        BENCH.resolve("ground-truth.json").toString(), "--exclude", HELD_OUT.toString(),
        "--worst", "0");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher f1 = Pattern.compile("F1: ([0-9.]+)").matcher(run.out());
    assertThat(f1.find()).as(run.out()).isTrue();
    assertThat(run.out()).contains("pages: 81");
    assertThat(Double.parseDouble(f1.group(1))).as(run.out()).isGreaterThanOrEqualTo(0.93);
  }
}
