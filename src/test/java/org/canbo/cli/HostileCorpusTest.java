package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.canbo.TestModels;
import org.canbo.index.CorpusSearcher;
import org.canbo.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or unlucky corpus does to an ingest: every file is accounted for on stderr and in
 * the summary, nothing is read from outside the directory given, nothing is indexed twice.
 */
class HostileCorpusTest {
  private static final String S000 = IngestCommandTest.S000;
  private static final String S001 = IngestCommandTest.S001;
  @TempDir Path tmp;

  private Path seedCopy(Path dir, String seed, String name) throws IOException {
    Files.createDirectories(dir);
    return Files.copy(Path.of("corpus/" + seed + ".txt"), dir.resolve(name));
  }

  private static List<String> lines(String stderr) {
    return stderr.lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void sameFilesThroughTwoPathsAreIndexedOnce() throws IOException {
    Path p = tmp.resolve("p");
    Path corpus = p.resolve("corpus");
    seedCopy(corpus, S000, S000 + ".txt");
    seedCopy(corpus, S001, S001 + ".txt");
    String index = tmp.resolve("index").toString();
    assertThat(CliRun.of("ingest", "--in-process", "--index", index, corpus.toString()).out())
        .contains("ingested: 2");

    CliRun again = CliRun.of("ingest", "--in-process", "--index", index, p.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(lines(again.err())).containsExactly(
        corpus.resolve(S000 + ".txt") + ": same content already indexed as " + S000,
        corpus.resolve(S001 + ".txt") + ": same content already indexed as " + S001);
    assertThat(again.out()).contains("files seen: 2", "ingested: 0", "duplicates: 2");
    assertThat(count(index)).isEqualTo(2);

    CliRun allowed =
        CliRun.of("ingest", "--in-process", "--allow-duplicates", "--index", index, p.toString());
    assertThat(allowed.out()).contains("ingested: 2", "duplicates: 0");
    assertThat(count(index)).isEqualTo(4);
  }

  @Test
  void aCopyInTheSameRunIsReportedAgainstTheFirst() throws IOException {
    Path corpus = tmp.resolve("corpus");
    seedCopy(corpus, S000, "a.txt");
    seedCopy(corpus, S000, "b.txt");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", tmp.resolve("index").toString(),
        corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(lines(run.err()))
        .containsExactly(corpus.resolve("b.txt") + ": same content as a, earlier in this run");
    assertThat(run.out()).contains("ingested: 1", "duplicates: 1");
  }

  @Test
  void linksOutOfTheDirectoryAreSkippedUnlessFollowLinks() throws IOException {
    Path corpus = tmp.resolve("corpus");
    seedCopy(corpus, S000, "good.txt");
    Path outside = seedCopy(tmp.resolve("private"), S001, "secret.txt");
    Files.createSymbolicLink(corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(corpus.resolve("secret.txt"), outside);
    Files.createSymbolicLink(corpus.resolve("same.txt"), corpus.resolve("good.txt"));
    String index = tmp.resolve("index").toString();

    CliRun run = CliRun.of("ingest", "--in-process", "--index", index, corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(lines(run.err())).containsExactlyInAnyOrder(
        corpus.resolve("passwd.txt") + ": skipped: symbolic link to /etc/passwd, outside "
            + corpus + " (--follow-links follows it)",
        corpus.resolve("same.txt") + ": same content as good, earlier in this run",
        corpus.resolve("secret.txt") + ": skipped: symbolic link to " + outside.toRealPath()
            + ", outside " + corpus + " (--follow-links follows it)");
    assertThat(run.out()).contains("files seen: 4", "ingested: 1", "duplicates: 1", "skipped: 2");
    try (CorpusSearcher searcher = new CorpusSearcher(Path.of(index), TestModels.SEGMENTER)) {
      assertThat(searcher.find("secret")).isEmpty();
      assertThat(searcher.find("passwd")).isEmpty();
    }

    Files.delete(corpus.resolve("passwd.txt"));
    CliRun followed =
        CliRun.of("ingest", "--in-process", "--follow-links", "--index", index, corpus.toString());
    assertThat(followed.out()).contains("ingested: 1", "unchanged: 1", "skipped: 0");
    assertThat(count(index)).isEqualTo(2);
  }

  @Test
  void unreadableSubdirectoryIsOneFailureAndTheRestIsIngested() throws Exception {
    Path corpus = tmp.resolve("corpus");
    seedCopy(corpus, S000, "good.txt");
    Path locked = corpus.resolve("locked");
    seedCopy(locked, S001, "hidden-from-us.txt");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    String index = tmp.resolve("index").toString();
    try {
      CliRun run = ingestWithoutRootPowers("--in-process", "--index", index, corpus.toString());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PARTIAL);
      assertThat(lines(run.err()))
          .containsExactly(locked + ": cannot read directory (permission denied)");
      assertThat(run.out()).contains("files seen: 2", "ingested: 1", "failed: 1");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
    assertThat(count(index)).isEqualTo(1);
  }

  /**
   * Root reads every directory, so as root the ingest runs in a child JVM whose capability
   * bounding set lacks DAC override (setpriv, from util-linux); without setpriv the test is skipped.
   */
  private CliRun ingestWithoutRootPowers(String... args) throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      return CliRun.of(prepend("ingest", args));
    }
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "running as root, which reads unreadable directories, and /usr/bin/setpriv is missing");
    List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv",
        "--bounding-set=-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // As the jar's manifest grants it: JDK 22+ warns on stderr when Lucene maps the index.
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), CanboCommand.class.getName(), "ingest"));
    command.addAll(List.of(args));
    Path out = tmp.resolve("child.out");
    Path err = tmp.resolve("child.err");
    Process child = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child ingest finished").isTrue();
    return new CliRun(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8).lines()
            .filter(l -> !l.contains(" DEBUG ") && !l.contains(" INFO ") && !l.contains(" WARN "))
            .reduce("", (a, b) -> a + b + "\n"));
  }

  private static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void fileNamesCannotForgeReportLines() throws IOException {
    Path corpus = tmp.resolve("corpus");
    seedCopy(corpus, S000, "good.txt");
    Files.writeString(corpus.resolve("x.txt\nforged.txt: internal error (fake).txt"), "");
    Files.writeString(corpus.resolve("esc\u001b[2Jcleared.txt"), "");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", tmp.resolve("index").toString(),
        corpus.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(lines(run.err())).containsExactly(
        corpus + "/esc\\x1b[2Jcleared.txt: empty file (0 bytes)",
        corpus + "/x.txt\\nforged.txt: internal error (fake).txt: empty file (0 bytes)");
  }

  @Test
  void aNameThatIsNotUtf8IsReadByTheParserWorkers() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    // Java cannot spell such a name; the shell writes the raw byte 0xFF.
    Process cp = new ProcessBuilder("bash", "-c", "cp \"$1\" \"$2/bad\"$'\\xff'.txt", "-",
        Path.of("corpus/" + S000 + ".txt").toAbsolutePath().toString(), corpus.toString())
        .inheritIO().start();
    assertThat(cp.waitFor()).isZero();
    CliRun run = CliRun.of("ingest", "--workers", "1", "--index", tmp.resolve("index").toString(),
        corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ingested: 1", "failed: 0");
  }

  private static int count(String index) throws IOException {
    try (CorpusSearcher searcher = new CorpusSearcher(Path.of(index), TestModels.SEGMENTER)) {
      return searcher.count();
    }
  }

  @Test
  void garbledAndLegacyEncodedTextIsFlaggedAndCounted() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    String s001 = Files.readString(Path.of("corpus/" + S001 + ".txt"), StandardCharsets.UTF_8);
    String s004 = Files.readString(Path.of("corpus/" + IngestCommandTest.S004 + ".txt"),
        StandardCharsets.UTF_8);
    // Written as the bytes legacy files have (quotes and dashes outside Latin-1 become '?').
    Files.write(corpus.resolve("tcvn3.txt"), Fixtures.tcvn3(s001).getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("vni.txt"), Fixtures.vni(s004).getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("lossy.txt"), s001.replaceAll("[^\\x00-\\x7F]", "\uFFFD"));
    Files.writeString(corpus.resolve("nul.txt"), s004.replace(" ", " \u0000"));
    Files.writeString(corpus.resolve("french.txt"), Fixtures.FRENCH);
    Files.writeString(corpus.resolve("german.txt"), Fixtures.GERMAN,
        StandardCharsets.ISO_8859_1);
    seedCopy(corpus, S000, "good.txt");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", tmp.resolve("index").toString(),
        corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(lines(run.err()).stream().filter(l -> l.contains(": flagged: ")).toList())
        .containsExactlyInAnyOrder(
            corpus.resolve("lossy.txt") + ": flagged: suspicious_text: replacement characters "
                + "U+FFFD (29% of characters)",
            corpus.resolve("nul.txt") + ": flagged: suspicious_text: NUL or control characters "
                + "(21% of characters)");
    // TCVN3 and VNI are converted to Unicode now, not flagged: see LegacyEncodingTest.
    assertThat(run.out()).contains("ingested: 7", "flagged: 2");
  }
}
