package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed, documented column order of a dataset's CSV: its row record's, then the review
 * columns for reviewable items ({@link ReviewColumns}), then {@link #DUP_OF}, which every dataset
 * ends with.
 */
final class Columns {
  /** The cluster id when the row's article is a later syndicated copy, else empty. */
  static final String DUP_OF = "dup_of";

  private Columns() {}

  static List<String> of(Dataset dataset) {
    List<String> out = new ArrayList<>(
        List.of(dataset.rowType().getAnnotation(JsonPropertyOrder.class).value()));
    if (ReviewColumns.applies(dataset)) {
      out.addAll(ReviewColumns.NAMES);
    }
    out.add(DUP_OF);
    return List.copyOf(out);
  }
}
