package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The fixed, documented column order of a dataset's CSV (from its row record). */
final class Columns {
  private Columns() {}

  static List<String> of(Dataset dataset) {
    return List.of(dataset.rowType().getAnnotation(JsonPropertyOrder.class).value());
  }
}
