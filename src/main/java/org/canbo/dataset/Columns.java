package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed, documented column order of a dataset's CSV: its row record's, then the review
 * columns for reviewable items ({@link ReviewColumns}).
 */
final class Columns {
  private Columns() {}

  static List<String> of(Dataset dataset) {
    List<String> out = new ArrayList<>(
        List.of(dataset.rowType().getAnnotation(JsonPropertyOrder.class).value()));
    if (ReviewColumns.applies(dataset)) {
      out.addAll(ReviewColumns.NAMES);
    }
    return List.copyOf(out);
  }
}
