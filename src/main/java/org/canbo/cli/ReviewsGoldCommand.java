package org.canbo.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.canbo.index.CorpusSearcher;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.review.GoldWriter;
import org.canbo.review.ReviewSet;
import org.canbo.review.ReviewStore;
import org.canbo.review.ReviewedDocument;
import org.canbo.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/** {@code canbo reviews gold --out DIR}: the reviewed articles as gold annotation files. */
@Command(
    name = "gold",
    mixinStandardHelpOptions = true,
    description = {
      "Write every reviewed article as DIR/<id>.gold.jsonl in the gold schema (SCHEMA.md): its "
          + "figures, officials and cited documents with the reviews applied, rejected ones left "
          + "out. Score the extractor on them with 'canbo eval --gold DIR', retrain with "
          + "'train-figures --gold DIR' or 'train-ner --gold DIR'. Items nobody reviewed are "
          + "written as extracted; the articles that have some are named on stderr.",
      "Exit status: 0 written, 1 no index or no reviewed article."
    })
final class ReviewsGoldCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Gold directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    int written = 0;
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, VietnameseSegmenter.shared())) {
      ReviewSet reviews = new ReviewStore(index.index).reviews();
      GoldWriter gold = new GoldWriter(out);
      for (String id : reviews.documents()) {
        Optional<Document> d = searcher.find(id);
        if (d.isEmpty()) {
          err().println(Printable.escape(id + ": reviewed but no longer in the index, skipped"));
          continue;
        }
        ReviewedDocument reviewed = reviews.apply(d.get(), false);
        if (reviewed.marks().isEmpty()) {
          continue; // only stale reviews: nothing a person checked
        }
        int unreviewed = unreviewed(reviewed);
        if (unreviewed > 0) {
          err().println(Printable.escape(id + ": " + unreviewed
              + " items not reviewed, written as extracted"));
        }
        gold.write(reviewed.document());
        written++;
      }
    } catch (UserInputException e) {
      err().println(Printable.escape("canbo reviews gold: " + e.getMessage()));
      return ExitCodes.FATAL;
    }
    if (written == 0) {
      err().println("canbo reviews gold: no reviewed article in " + index.index);
      return ExitCodes.FATAL;
    }
    err().println(Printable.escape(written + " gold files written to " + out));
    return ExitCodes.OK;
  }

  private static int unreviewed(ReviewedDocument r) {
    var a = r.document().annotations();
    int n = 0;
    for (var f : a.figures()) {
      n += r.marks().containsKey(new org.canbo.review.Review.ItemKey(
          org.canbo.review.ItemType.FIGURE, f.start(), f.end())) ? 0 : 1;
    }
    return n;
  }
}
