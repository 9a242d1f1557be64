package org.canbo.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.canbo.index.CorpusSearcher;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.review.Review;
import org.canbo.review.ReviewCodec;
import org.canbo.review.ReviewSet;
import org.canbo.review.ReviewStore;
import org.canbo.review.StaleReview;
import org.canbo.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.canbo.model.UserInputException;

/** {@code canbo reviews stale}: the reviews that no longer fit their article, with why. */
@Command(
    name = "stale",
    mixinStandardHelpOptions = true,
    description = {
      "List the reviews that no longer fit their article after a re-ingest (its text gone, no "
          + "item at its offsets, values that no longer fit, or the article gone), one JSON line "
          + "each: the review plus \"stale_field\" and \"stale_reason\". Reviews whose text is "
          + "still in the article are re-anchored and not listed.",
      "Exit status: 0 listed (none or some), 1 no index."
    })
final class ReviewsStaleCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Override
  public Integer call() throws Exception {
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, VietnameseSegmenter.shared())) {
      ReviewStore store = new ReviewStore(index.index);
      ReviewSet reviews = store.reviews();
      store.problems().forEach(p -> err().println(Printable.escape(p)));
      int stale = 0;
      for (String id : reviews.documents()) {
        Optional<Document> d = searcher.find(id);
        if (d.isEmpty()) {
          for (Review r : reviews.of(id)) {
            print(new StaleReview(r, "doc", "the article is no longer in the index"));
            stale++;
          }
          continue;
        }
        for (StaleReview s : reviews.apply(d.get(), true).stale()) {
          print(s);
          stale++;
        }
      }
      err().println(stale + " stale of " + reviews.size() + " reviews");
    } catch (UserInputException e) {
      err().println(Printable.escape("canbo reviews stale: " + e.getMessage()));
      return ExitCodes.FATAL;
    }
    return ExitCodes.OK;
  }

  private void print(StaleReview s) {
    ObjectNode line = ReviewCodec.toJson(s.review());
    line.put("stale_field", s.field()).put("stale_reason", s.reason());
    out().println(line.toString());
  }
}
