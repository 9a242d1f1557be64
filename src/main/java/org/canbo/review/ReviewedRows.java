package org.canbo.review;

import java.io.IOException;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.ReviewColumns;
import org.canbo.dataset.RowFilter;
import org.canbo.model.Document;

/**
 * Dataset rows with the reviews applied, for {@code export}, {@code run} and {@code /api/export.csv}:
 * corrected values, added items, rejected items left out unless asked for, and every row's
 * status and reviewer. ({@code extract} reads files, not the index, and writes status auto.)
 */
public final class ReviewedRows {
  private final ReviewSet reviews;
  private final boolean includeRejected;

  public ReviewedRows(ReviewSet reviews, boolean includeRejected) {
    this.reviews = reviews;
    this.includeRejected = includeRejected;
  }

  /** Writes the document's rows with its reviews applied. */
  public void write(DatasetWriter writer, Document d) throws IOException {
    ReviewedDocument reviewed = reviews.apply(d, includeRejected);
    writer.write(reviewed.document(), reviewed);
  }

  /** The document with its reviews applied (rejected items as configured). */
  public ReviewedDocument apply(Document d) {
    return reviews.apply(d, includeRejected);
  }

  /**
   * {@code filter} narrowed to confirmed, corrected and added rows when {@code reviewedOnly}
   * (datasets without review columns are left as they are).
   */
  public static RowFilter filter(RowFilter filter, Dataset dataset, boolean reviewedOnly) {
    if (!reviewedOnly || !ReviewColumns.applies(dataset)) {
      return filter;
    }
    return filter.and(row -> {
      Object status = row.get(ReviewColumns.STATUS);
      return status != null && !"auto".equals(status) && !"rejected".equals(status);
    });
  }
}
