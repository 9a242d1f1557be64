package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The fixed, documented column order of a dataset's CSV: the row record's, then {@link #DUP_OF},
 * which every dataset ends with.
 */
final class Columns {
  /** The cluster id when the row's article is a later syndicated copy, else empty. */
  static final String DUP_OF = "dup_of";

  private Columns() {}

  static List<String> of(Dataset dataset) {
    List<String> columns = new java.util.ArrayList<>(
        List.of(dataset.rowType().getAnnotation(JsonPropertyOrder.class).value()));
    columns.add(DUP_OF);
    return List.copyOf(columns);
  }
}
