package org.canbo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.canbo.ingest.IoReason;
import org.canbo.ingest.ContentHash;
import org.canbo.ingest.CorpusWalker;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.warc.ArchivedPage;
import org.canbo.ingest.warc.PageIds;
import org.canbo.ingest.warc.SkippedRecords;
import org.canbo.ingest.warc.WarcArchive;

/**
 * Turns a web archive of a batch into documents to read: each HTML page captured with status 200
 * is claimed like a file (its id from the target URI, its content hash from the payload, so
 * re-ingesting the archive leaves unchanged pages alone and a page already indexed under another
 * address is a duplicate), then handed to the pool. A page's address seen earlier in the run (a
 * crawler captured it twice) keeps the first capture. Records that are not articles are counted
 * in the summary, never one line each; a corrupt record is one failure line. Used by the thread
 * that walks the batch.
 */
final class ArchiveFeeder {
  /** Reads one claimed page into the sink (in a pool thread). */
  @FunctionalInterface
  interface PageReader {
    void read(ArchivedPage page, String id, String sha256);
  }

  private final BatchClaims claims;
  private final IngestCounters counters;
  private final ProblemReport report;
  private final Consumer<Runnable> pool;
  private final BooleanSupplier stopped;
  private final WarcArchive archive;

  ArchiveFeeder(BatchClaims claims, IngestCounters counters, ProblemReport report,
      Consumer<Runnable> pool, BooleanSupplier stopped, IngestLimits limits) {
    this.claims = claims;
    this.counters = counters;
    this.report = report;
    this.pool = pool;
    this.stopped = stopped;
    this.archive = new WarcArchive(limits.maxFileBytes());
  }

  static boolean isArchive(Path file) {
    return WarcArchive.isArchive(file);
  }

  /** How report lines name a page: the archive and the page's address. */
  static String where(Path archive, ArchivedPage page) {
    return archive + " [" + page.uri() + "]";
  }

  /** Claims every page of the archive and hands those to read to {@code pages}, in the pool. */
  void feed(CorpusWalker.Entry entry, PageReader pages) {
    Path file = entry.file();
    int[] items = {0};
    int[] repeated = {0};
    SkippedRecords skipped;
    try {
      skipped = archive.read(file, new WarcArchive.Visitor() {
        @Override
        public void page(ArchivedPage page) {
          if (stopped.getAsBoolean()) {
            return;
          }
          if (claim(file, page, pages)) {
            items[0]++;
          } else {
            repeated[0]++;
          }
        }

        @Override
        public void problem(long offset, String uri, String reason) {
          items[0]++;
          report.failed(file + " [" + (uri == null ? "record at offset " + offset : uri + " at offset "
              + offset) + "]", reason);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      report.failed(file, "read error (" + IoReason.of(e) + ")");
      return;
    }
    skipped = skipped.plus(new SkippedRecords(0, 0, 0, repeated[0]));
    counters.skippedRecords(skipped);
    if (items[0] == 0) {
      counters.skipped.incrementAndGet();
      report.line(file, "skipped: no HTML page captured with status 200 (records skipped: "
          + skipped.describe() + ")");
    } else {
      counters.archiveItems.addAndGet(items[0] - 1); // the archive itself was one entry
    }
  }

  /** False for a page whose address was captured earlier in this run (not an item of its own). */
  private boolean claim(Path file, ArchivedPage page, PageReader pages) {
    String id = PageIds.of(page.uri());
    String where = where(file, page);
    try {
      String sha256 = ContentHash.sha256(page.body());
      BatchClaims.Decision decision =
          claims.decide(id, Path.of(file + "#offset=" + page.offset()), sha256, page.body().length == 0);
      if (decision instanceof BatchClaims.Decision.Read) {
        pool.accept(() -> pages.read(page, id, sha256));
      } else if (decision instanceof BatchClaims.Decision.Unchanged) {
        counters.unchanged.incrementAndGet();
      } else if (decision instanceof BatchClaims.Decision.Duplicate d) {
        counters.duplicates.incrementAndGet();
        report.line(where, d.message());
      } else if (decision instanceof BatchClaims.Decision.IdTaken) {
        return false;
      }
    } catch (IOException | UncheckedIOException e) {
      report.failed(where, "read error (" + IoReason.of(e) + ")");
    }
    return true;
  }
}
