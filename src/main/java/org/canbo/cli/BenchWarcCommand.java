package org.canbo.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.canbo.ingest.warc.ArchivedPage;
import org.canbo.ingest.warc.SkippedRecords;
import org.canbo.ingest.warc.WarcArchive;
import org.canbo.pipeline.IngestSummary;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-warc}: writes a gzipped web archive of news pages made from the seed
 * articles (each page distinct, with a PNG response beside every other page), then times reading
 * it (records and pages per second) and, with {@code --ingest}, a whole ingest of it.
 */
@Command(
    name = "bench-warc",
    mixinStandardHelpOptions = true,
    description = "Times reading a generated .warc.gz (records/s, pages/s, MB/s) and, with "
        + "--ingest, ingesting it into a temporary index.")
final class BenchWarcCommand extends CanboSubcommand {
  @Mixin IngestOptions options;

  @Option(names = "--pages", paramLabel = "N", description = "HTML pages. Default: ${DEFAULT-VALUE}.")
  int pages = 2000;

  @Option(names = "--seeds", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
  Path seeds = Path.of("corpus");

  @Option(names = "--out", paramLabel = "FILE.warc.gz", description = "Keep the archive here.")
  Path out;

  @Option(names = "--ingest", description = "Also ingest the archive into a temporary index.")
  boolean ingest;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("canbo-bench-warc");
    try {
      Path archive = out != null ? out : dir.resolve("bench.warc.gz");
      int records = write(archive);
      long bytes = Files.size(archive);
      int[] read = {0};
      new WarcArchive(Long.MAX_VALUE).read(archive, visitor(read)); // warm-up
      long started = System.nanoTime();
      SkippedRecords skipped = new WarcArchive(Long.MAX_VALUE).read(archive, visitor(read));
      double s = (System.nanoTime() - started) / 1e9;
      out().printf("archive: %s, %d records (%d pages), %.1f MB%n", archive, records, pages,
          bytes / 1_048_576.0);
      out().printf("reading: %.0f records/s, %.0f pages/s, %.1f MB/s (%d skipped)%n",
          records / s, pages / s, bytes / 1_048_576.0 / s, skipped.total());
      if (ingest) {
        IngestSummary summary = IngestJob.run(List.of(archive), dir.resolve("index"),
            options.limits(), options.policy(), options.models(), line -> { });
        out().println(summary.describe());
      }
    } finally {
      IOUtils.rm(dir);
    }
    return ExitCodes.OK;
  }

  private static WarcArchive.Visitor visitor(int[] count) {
    return new WarcArchive.Visitor() {
      @Override
      public void page(ArchivedPage page) {
        count[0]++;
      }

      @Override
      public void problem(long offset, String uri, String reason) {
        throw new IllegalStateException("generated archive unreadable at " + offset + ": " + reason);
      }
    };
  }

  /** Writes the archive; returns its record count. */
  private int write(Path archive) throws IOException {
    List<List<String>> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Files.readAllLines(f, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).toList());
      }
    }
    int records = 0;
    Instant date = Instant.parse("2024-01-01T00:00:00Z");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        List<String> article = articles.get(i % articles.size());
        writer.write(response("https://bao.example.vn/bai-" + i + ".html", date.plusSeconds(i),
            "text/html; charset=utf-8", html(article, i)));
        records++;
        if (i % 2 == 0) {
          writer.write(response("https://bao.example.vn/anh-" + i + ".png", date.plusSeconds(i),
              "image/png", new byte[2048]));
          records++;
        }
      }
    }
    return records;
  }

  private static WarcResponse response(String uri, Instant date, String type, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body)
        .build();
    return new WarcResponse.Builder(URI.create(uri)).date(date).body(http).build();
  }

  /** A news page around the article; the page number makes every page's content distinct. */
  private static byte[] html(List<String> article, int n) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(Entities.escape(article.get(0))).append("</title></head><body><nav>Trang chủ | "
            + "Chính trị | Xây dựng Đảng</nav><article><h1>")
        .append(Entities.escape(article.get(0))).append("</h1>");
    for (String p : article.subList(1, article.size())) {
      b.append("<p>").append(Entities.escape(p)).append("</p>");
    }
    b.append("<p>Bài số ").append(n).append(".</p></article><footer>Bản quyền © Báo</footer>"
        + "</body></html>");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
