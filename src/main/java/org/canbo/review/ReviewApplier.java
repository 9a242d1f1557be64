package org.canbo.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.canbo.model.Annotations;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;

/**
 * Applies an article's reviews to it: each review is placed in the current text
 * ({@link ReviewAnchor}), each item's reviews are folded in order (the last action gives the status), so confirmed and corrected items
 * replace the extracted ones, added ones join them and rejected ones are left out unless
 * {@code includeRejected}. A review of an item the extractor no longer finds, or one whose values
 * no longer fit, is stale, never silently dropped.
 */
public final class ReviewApplier {
  private final boolean includeRejected;

  public ReviewApplier(boolean includeRejected) {
    this.includeRejected = includeRejected;
  }

  /** The document with {@code reviews} (its own, in journal order) applied. */
  public ReviewedDocument apply(Document d, List<Review> reviews) {
    if (reviews.isEmpty()) {
      return new ReviewedDocument(d, Map.of(), List.of());
    }
    ReviewAnchor anchor = new ReviewAnchor(d.text());
    List<StaleReview> stale = new ArrayList<>();
    Map<Review.ItemKey, List<Review>> chains = new LinkedHashMap<>();
    for (Review r : reviews) {
      Optional<Review> placed = anchor.place(r);
      if (placed.isEmpty()) {
        stale.add(new StaleReview(r, "text", "the item's text '" + r.text()
            + "' is no longer in the article"));
      } else {
        chains.computeIfAbsent(placed.get().key(), k -> new ArrayList<>()).add(placed.get());
      }
    }
    Map<Review.ItemKey, ReviewedDocument.ItemMark> marks = new HashMap<>();
    Annotations a = d.annotations();
    Run run = new Run(d, chains, marks, stale);
    a = a.withFigures(run.items(ItemType.FIGURE, a.figures(), Figure::start, Figure::end));
    a = a.withOfficials(run.items(ItemType.OFFICIAL, a.officials(), Official::start, Official::end));
    a = a.withDocuments(run.items(ItemType.DOCUMENT_REF, a.documents(), DocumentRef::start,
        DocumentRef::end));
    return new ReviewedDocument(d.withAnnotations(a), marks, stale);
  }

  /** One document's application, collecting marks and stale reviews. */
  private final class Run {
    private final Document d;
    private final Map<Review.ItemKey, List<Review>> chains;
    private final Map<Review.ItemKey, ReviewedDocument.ItemMark> marks;
    private final List<StaleReview> stale;

    Run(Document d, Map<Review.ItemKey, List<Review>> chains,
        Map<Review.ItemKey, ReviewedDocument.ItemMark> marks, List<StaleReview> stale) {
      this.d = d;
      this.chains = chains;
      this.marks = marks;
      this.stale = stale;
    }

    <T extends Record> List<T> items(ItemType type, List<T> extracted, Function<T, Integer> start,
        Function<T, Integer> end) {
      Map<Review.ItemKey, T> byKey = new LinkedHashMap<>();
      for (T item : extracted) {
        byKey.putIfAbsent(new Review.ItemKey(type, start.apply(item), end.apply(item)), item);
      }
      for (Map.Entry<Review.ItemKey, List<Review>> chain : chains.entrySet()) {
        if (chain.getKey().type() == type) {
          fold(chain.getKey(), chain.getValue(), byKey);
        }
      }
      List<T> out = new ArrayList<>(byKey.values());
      out.sort(Comparator.comparingInt(start::apply));
      return out;
    }

    /**
     * Applies one item's reviews in order onto the extracted item: each correction on top of the
     * earlier ones (a page sends only what it changes), the last action giving the status.
     */
    @SuppressWarnings("unchecked")
    private <T extends Record> void fold(Review.ItemKey key, List<Review> chain,
        Map<Review.ItemKey, T> byKey) {
      T item = byKey.get(key);
      Review decisive = null;
      for (Review r : chain) {
        if (item == null && r.action() != ReviewAction.ADD) {
          stale.add(new StaleReview(r, "start", "the extractor no longer finds a " + r.type()
              + " at [" + r.start() + ", " + r.end() + ")"));
          continue;
        }
        try {
          item = switch (r.action()) {
            case ADD -> (T) ItemMerger.create(r, d.id(), d.text().substring(r.start(), r.end()));
            case CONFIRM, CORRECT -> ItemMerger.merge(item, r);
            case REJECT -> item;
          };
          decisive = r;
        } catch (InvalidReviewException e) {
          stale.add(new StaleReview(r, e.field(), e.getMessage()));
        }
      }
      if (decisive == null) {
        return;
      }
      if (decisive.action() == ReviewAction.REJECT && !includeRejected) {
        byKey.remove(key);
      } else {
        byKey.put(key, item);
      }
      marks.put(key, new ReviewedDocument.ItemMark(decisive.action().status(),
          decisive.reviewer(), decisive.time(), decisive.note()));
    }
  }
}
