package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.canbo.ingest.Fixtures;
import org.canbo.ingest.html.HtmlPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code clean}, {@code bench-clean} and the fallback flag through a whole ingest. */
class HtmlCleaningCommandsTest {
  private static final String FLAG_LINE =
      ": flagged: cleaning: fallback \\(kept \\d+% of the page's visible text\\)";

  @TempDir Path tmp;

  private Path write(String name, String html) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  @Test
  void cleanPrintsTheArticleAWordPressThemeWrapsInHasSidebar() throws IOException {
    Path page = write("wp.html", HtmlPages.wrapped("nav-open", "has-sidebar detail-with-comments", 99));
    CliRun run = CliRun.of("clean", page.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    // The text cleaner drops the "Tin liên quan" widget line, as for the plain-text seed.
    List<String> expected = HtmlPages.ARTICLE.stream().filter(l -> !l.equals("Tin liên quan")).toList();
    assertThat(Fixtures.lines(run.out())).isEqualTo(expected);
  }

  @Test
  void cleanReportsAFallbackOnStderr() throws IOException {
    Path page = write("list.html", HtmlPages.listArticle());
    CliRun run = CliRun.of("clean", page.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err().strip()).matches(java.util.regex.Pattern.quote(page.toString()) + FLAG_LINE);
    assertThat(run.out()).contains(HtmlPages.ARTICLE.get(3));
  }

  @Test
  void cleanOfAMissingFileFails() {
    CliRun run = CliRun.of("clean", tmp.resolve("nope.html").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
    assertThat(run.err()).contains("no such file or directory: " + tmp.resolve("nope.html"));
  }

  @Test
  void benchCleanScoresPagesAgainstTheirTrueBodies() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(dir.resolve("wp.html"), HtmlPages.wrapped("", "has-sidebar", 99));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("list.html.gz")))) {
      gz.write(HtmlPages.listArticle().getBytes(StandardCharsets.UTF_8));
    }
    String body = String.join("\n", HtmlPages.ARTICLE.subList(1, HtmlPages.ARTICLE.size() - 1));
    Map<String, Map<String, String>> truth = new LinkedHashMap<>();
    truth.put("wp", Map.of("articleBody", body, "url", "https://example.org/wp"));
    truth.put("list", Map.of("articleBody", body, "url", "https://example.org/list"));
    truth.put("gone", Map.of("articleBody", "a b c d e", "url", "https://example.org/gone"));
    Path truthFile = tmp.resolve("truth.json");
    new ObjectMapper().writeValue(truthFile.toFile(), truth);
    Path gone = Files.writeString(tmp.resolve("gone.txt"), "# no page for it\ngone\n");

    CliRun run = CliRun.of("bench-clean", "--html", dir.toString(), "--truth",
        truthFile.toString(), "--exclude", gone.toString(), "--worst", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("pages: 2 (fallback: 1)", "recall: 1.0000",
        "cleaning CPU time per page: mean ", "worst pages");
    assertThat(run.out()).containsPattern("\\d/\\d+/0 list \\(fallback\\) https://example.org/list");

    CliRun only = CliRun.of("bench-clean", "--html", dir.toString(), "--truth",
        truthFile.toString(), "--only", gone.toString());
    assertThat(only.out()).contains("pages: 1 (fallback: 0)", "recall: 0.0000");
    assertThat(only.err()).contains("gone.html: no such page; scored as empty");
  }

  /** The flag travels from the parser (forked or not) to stderr, the summary and the dataset. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aFallbackIsFlaggedThroughTheWholeIngest(boolean inProcess) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path list = write("corpus/list.html", HtmlPages.listArticle());
    write("corpus/wp.html", HtmlPages.wrapped("", "detail-with-comments", 99));
    Path index = tmp.resolve("index");
    List<String> args = inProcess
        ? List.of("ingest", "--in-process", "--index", index.toString(), corpus.toString())
        : List.of("ingest", "--index", index.toString(), corpus.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ingested: 2", "flagged: 1");
    assertThat(run.err().lines().filter(l -> l.contains("flagged"))).singleElement().asString()
        .matches(java.util.regex.Pattern.quote(list.toString()) + FLAG_LINE);

    CliRun export = CliRun.of("export", "--index", index.toString(), "--dataset", "articles",
        "--format", "csv");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out().lines().findFirst()).hasValueSatisfying(
        header -> assertThat(header).contains(",flags,").endsWith(",dup_of"));
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(Map.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .<Map<String, String>>readValues(export.out())) {
      it.readAll().forEach(r -> rows.put(r.get("id"), r));
    }
    assertThat(rows.get("list").get("flags"))
        .matches("cleaning: fallback \\(kept \\d+% of the page's visible text\\)");
    assertThat(rows.get("wp").get("flags")).isEmpty();
  }
}
