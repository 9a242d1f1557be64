package org.canbo.review;

import java.util.List;
import java.util.Map;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.ReviewColumns;
import org.canbo.model.Document;

/**
 * An article with its reviews applied: corrected and added items in its annotations, rejected
 * ones left out (or kept, when asked), each reviewed item's mark (status, reviewer, time), and
 * the reviews that no longer fit it.
 */
public record ReviewedDocument(
    Document document, Map<Review.ItemKey, ItemMark> marks, List<StaleReview> stale)
    implements ReviewColumns.Marks {

  public ReviewedDocument {
    marks = Map.copyOf(marks);
    stale = List.copyOf(stale);
  }

  /** The status of a reviewed item, who set it and when. */
  public record ItemMark(ReviewStatus status, String reviewer, String time, String note) {}

  /** The mark of the item, {@code auto} when nobody reviewed it. */
  public ItemMark mark(ItemType type, int start, int end) {
    ItemMark m = marks.get(new Review.ItemKey(type, start, end));
    return m == null ? new ItemMark(ReviewStatus.AUTO, null, null, null) : m;
  }

  @Override
  public ReviewColumns.Mark of(Dataset dataset, int start, int end) {
    ItemType type = switch (dataset) {
      case FIGURES -> ItemType.FIGURE;
      case OFFICIALS -> ItemType.OFFICIAL;
      case DOCUMENTS -> ItemType.DOCUMENT_REF;
      default -> null;
    };
    ItemMark m = type == null ? null : marks.get(new Review.ItemKey(type, start, end));
    return m == null ? ReviewColumns.Mark.AUTO : new ReviewColumns.Mark(m.status().label(), m.reviewer());
  }
}
