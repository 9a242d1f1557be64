package org.canbo.dataset;

import java.util.List;
import java.util.Map;

/**
 * The review columns every figure, official and document row ends with: {@code status} (auto,
 * confirmed, corrected, added, rejected) and {@code reviewer}. The one place that adds them, to
 * the CSV header ({@link Columns}) and to each row ({@link DatasetWriter}).
 */
public final class ReviewColumns {
  public static final String STATUS = "status";
  public static final String REVIEWER = "reviewer";
  static final List<String> NAMES = List.of(STATUS, REVIEWER);

  /** The status and reviewer of one row's item. */
  public record Mark(String status, String reviewer) {
    public static final Mark AUTO = new Mark("auto", null);
  }

  /** Looks up the mark of a document's item by dataset and offsets. */
  @FunctionalInterface
  public interface Marks {
    Marks AUTO = (dataset, start, end) -> Mark.AUTO;

    Mark of(Dataset dataset, int start, int end);
  }

  private ReviewColumns() {}

  /** Whether the dataset's rows are reviewable items (figures, officials, documents). */
  public static boolean applies(Dataset dataset) {
    return dataset == Dataset.FIGURES || dataset == Dataset.OFFICIALS
        || dataset == Dataset.DOCUMENTS;
  }

  /** Puts the two columns last into a row (flat map or JSON object as a map). */
  static void append(Map<String, Object> row, Mark mark) {
    row.put(STATUS, mark.status());
    row.put(REVIEWER, mark.reviewer());
  }
}
