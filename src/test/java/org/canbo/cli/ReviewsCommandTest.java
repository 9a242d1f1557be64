package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviews end to end on a seed article: import (bad lines reported, re-import adds nothing),
 * export, datasets after reviews, gold scored by eval, and a re-ingest of the changed article
 * (re-anchored reviews keep applying, the one whose text is gone is listed as stale).
 */
class ReviewsCommandTest {
  private static final String DOC = "000_7ea46ac1337f9b94";
  @TempDir Path tmp;

  @Test
  void reviewsImportApplyExportAsGoldAndSurviveAChangedArticle() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path article = corpus.resolve(DOC + ".txt");
    Files.copy(Path.of("corpus", DOC + ".txt"), article);
    String index = tmp.resolve("index").toString();
    assertThat(CliRun.of("ingest", "--in-process", "--index", index, corpus.toString()).exitCode())
        .isZero();
    String text = Files.readString(article);
    String body = CliRun.of("export", "--index", index, "--format", "csv").out();
    int ten = offset(body, "10 cán bộ");
    int fortyOne = offset(body, "41 công chức");
    int fourteen = offset(body, "14 viên chức");

    Path reviews = tmp.resolve("reviews.jsonl");
    Files.writeString(reviews, String.join("\n",
        line(ten, 9, "confirm", "{}", ""),
        line(fortyOne, 12, "correct", "{\"value\": 42}", "đếm lại"),
        line(fourteen, 12, "reject", "{}", "không phải số cán bộ"),
        line(fortyOne, 12, "correct", "{\"category\": \"kỷ luật\"}", "")) + "\n");
    CliRun imported = CliRun.of("reviews", "import", "--index", index, reviews.toString());
    assertThat(imported.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(imported.out()).contains("3 reviews imported, 0 already present, 1 lines refused");
    assertThat(imported.err()).contains("line 4: fields.category: must be one of");
    assertThat(CliRun.of("reviews", "import", "--index", index, reviews.toString()).out())
        .contains("0 reviews imported, 3 already present");

    CliRun export = CliRun.of("export", "--index", index, "--format", "csv");
    List<String> rows = export.out().lines().toList();
    assertThat(rows.get(0)).contains(",confidence,").endsWith(",ocr,status,reviewer,dup_of");
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(",10 cán bộ,10,").endsWith(",confirmed,Lan,"));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(",41 công chức,42,").endsWith(",corrected,Lan,"));
    assertThat(rows).noneSatisfy(r -> assertThat(r).contains(",14 viên chức,"));
    assertThat(CliRun.of("export", "--index", index, "--format", "csv", "--include-rejected")
        .out()).contains(",14 viên chức,").contains(",rejected,Lan");
    assertThat(CliRun.of("export", "--index", index, "--format", "csv", "--reviewed-only")
        .out().lines().count()).isEqualTo(3); // header, confirmed, corrected

    Path backup = tmp.resolve("backup.jsonl");
    assertThat(CliRun.of("reviews", "export", "--index", index, "--out", backup.toString())
        .exitCode()).isZero();
    assertThat(Files.readAllLines(backup)).hasSize(3)
        .allSatisfy(l -> assertThat(l).contains("\"content_sha256\":"));

    Path gold = tmp.resolve("gold");
    assertThat(CliRun.of("reviews", "gold", "--index", index, "--out", gold.toString()).exitCode())
        .isZero();
    String goldFile = Files.readString(gold.resolve(DOC + ".gold.jsonl"));
    assertThat(goldFile).startsWith("{\"type\":\"meta\"").contains("\"text\":\"41 công chức\",\"value\":42,")
        .doesNotContain("14 viên chức");
    CliRun eval = CliRun.of("eval", "--gold", gold.toString(), article.toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("documents scored: 1 of 1")
        .contains("figure misses (1):").contains("42 count \"41 công chức\"");

    // The article changes: a new lead, and "10 cán bộ" rewritten; the other reviews move along.
    Files.writeString(article, text.replaceFirst("\n\n", "\n\nBài viết được cập nhật.\n\n")
        .replace("luân chuyển 10 cán bộ", "luân chuyển 12 cán bộ"), StandardCharsets.UTF_8);
    assertThat(CliRun.of("ingest", "--in-process", "--index", index, corpus.toString()).exitCode())
        .isZero();
    CliRun stale = CliRun.of("reviews", "stale", "--index", index);
    assertThat(stale.out().lines().toList()).singleElement().asString()
        .contains("\"text\":\"10 cán bộ\"").contains("\"stale_field\":\"text\"");
    assertThat(stale.err()).contains("1 stale of 3 reviews");
    String after = CliRun.of("export", "--index", index, "--format", "csv").out();
    assertThat(after).contains(",41 công chức,42,").doesNotContain(",14 viên chức,")
        .contains(",12 cán bộ,12,");
    assertThat(offset(after, "41 công chức")).isGreaterThan(fortyOne);
  }

  private static String line(int start, int length, String action, String fields, String note) {
    return "{\"doc\": \"" + DOC + "\", \"type\": \"figure\", \"start\": " + start + ", \"end\": "
        + (start + length) + ", \"action\": \"" + action + "\", \"fields\": " + fields
        + ", \"reviewer\": \"Lan\", \"note\": \"" + note + "\"}";
  }

  /** The start column of the CSV row of the figure with this text. */
  private static int offset(String csv, String figure) {
    for (String row : csv.lines().toList()) {
      String[] cells = row.split(",");
      if (cells.length > 5 && cells[5].equals(figure)) {
        return Integer.parseInt(cells[2]);
      }
    }
    throw new AssertionError("no row for " + figure + " in\n" + csv);
  }
}
