package org.canbo.cli;

import java.io.IOException;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.RowFilter;
import org.canbo.review.ReviewStore;
import org.canbo.review.ReviewedRows;
import org.canbo.text.Printable;
import picocli.CommandLine.Option;

/** How datasets from the index apply the reviews: {@code --include-rejected}, {@code --reviewed-only}. */
final class ReviewOptions {
  @Option(names = "--include-rejected",
      description = "Keep rows a reviewer rejected (status rejected). Default: left out.")
  boolean includeRejected;

  @Option(names = "--reviewed-only",
      description = "Only confirmed, corrected and added rows (figures, officials, documents).")
  boolean reviewedOnly;

  /** The rows of the index's reviews; journal problems (a torn last line) go to {@code err}. */
  ReviewedRows rows(ReviewStore store, java.io.PrintWriter err) throws IOException {
    store.problems().forEach(p -> err.println(Printable.escape(p)));
    return new ReviewedRows(store.reviews(), includeRejected);
  }

  RowFilter filter(RowFilter filter, Dataset dataset) {
    return ReviewedRows.filter(filter, dataset, reviewedOnly);
  }
}
