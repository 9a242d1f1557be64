package org.canbo.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.canbo.index.AnnotationReviews;
import org.canbo.model.Document;

/**
 * The reviews of one index for writers (the server, {@code reviews import}): checks each review
 * against its article (offsets in the text, an item to act on, values that fit), stamps it with
 * time and reviewer, anchors it and appends it to the {@link ReviewJournal}. Keeps the journal's
 * contents in memory and reloads them when another process appended. Thread-safe: one review
 * at a time. Search reads it as the {@link AnnotationReviews} of its index.
 */
public final class ReviewStore implements AnnotationReviews {
  private final ReviewJournal journal;
  private List<Review> cached = new ArrayList<>();
  private ReviewSet set = ReviewSet.EMPTY;
  private List<String> problems = List.of();
  private long cachedSize = -1;

  /** Looks articles up by id in the index. */
  @FunctionalInterface
  public interface Articles {
    Optional<Document> find(String id) throws IOException;
  }

  public ReviewStore(Path indexDir) {
    this.journal = new ReviewJournal(indexDir);
  }

  public ReviewJournal journal() {
    return journal;
  }

  /** The current reviews, grouped by article. */
  public synchronized ReviewSet reviews() throws IOException {
    refresh();
    return set;
  }

  /** The current reviews: the same set until the journal changes. */
  @Override
  public ReviewSet current() throws IOException {
    return reviews();
  }

  /** Problems of the last journal read (a torn last line, unreadable lines). */
  public synchronized List<String> problems() throws IOException {
    refresh();
    return problems;
  }

  /**
   * Checks, stamps ({@code time} now unless set, {@code reviewer} = {@code defaultReviewer} unless
   * set) and appends one review; returns it as stored. An {@link InvalidReviewException} names
   * the field of a review that does not fit its article.
   */
  public synchronized Review record(Review r, Articles articles, String defaultReviewer)
      throws IOException {
    refresh();
    Document d = articles.find(r.doc()).orElseThrow(() ->
        new InvalidReviewException("doc", "no article with id '" + r.doc() + "' in the index"));
    Review stored = new ReviewAnchor(d.text()).anchor(stamped(r, defaultReviewer));
    List<Review> withIt = new ArrayList<>(set.of(d.id()));
    withIt.add(stored);
    for (StaleReview s : new ReviewApplier(true).apply(d, withIt).stale()) {
      if (s.review() == stored) {
        throw new InvalidReviewException(s.field(), s.reason());
      }
    }
    journal.append(stored);
    remember(List.of(stored));
    return stored;
  }

  /** What an import did. */
  public record ImportResult(int imported, int duplicates, List<String> problems) {}

  /**
   * Imports JSONL reviews: each line parsed and checked (reviews without an anchor are anchored
   * to their article, which must be in the index; anchored ones from another machine are kept
   * as they are and placed when applied); lines already in the journal are skipped, bad lines
   * reported with their number. The good ones are appended in one durable write.
   */
  public synchronized ImportResult importFile(Path file, Articles articles, String defaultReviewer)
      throws IOException {
    refresh();
    Set<Review> known = new HashSet<>();
    cached.forEach(r -> known.add(content(r)));
    List<Review> add = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    int duplicates = 0;
    int no = 0;
    for (String line : Files.readAllLines(file)) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Review parsed = stamped(ReviewCodec.parse(line), defaultReviewer);
        Review r = parsed;
        if (parsed.text() == null) {
          Document d = articles.find(parsed.doc()).orElseThrow(() -> new InvalidReviewException(
              "doc", "no article with id '" + parsed.doc() + "' in the index"));
          r = new ReviewAnchor(d.text()).anchor(parsed);
        }
        if (known.add(content(r))) {
          add.add(r);
        } else {
          duplicates++;
        }
      } catch (InvalidReviewException e) {
        bad.add(file + " line " + no + ": " + e.getMessage());
      }
    }
    journal.appendAll(add);
    remember(add);
    return new ImportResult(add.size(), duplicates, bad);
  }

  /** What a review says, without when it was stamped: a file imported twice adds nothing. */
  private static Review content(Review r) {
    return new Review(r.doc(), r.type(), r.start(), r.end(), r.action(), r.fields(), r.reviewer(),
        r.note(), null, null, null);
  }

  private static Review stamped(Review r, String defaultReviewer) {
    if (r.time() != null && r.reviewer() != null) {
      return r;
    }
    String time = r.time() != null ? r.time()
        : Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    return new Review(r.doc(), r.type(), r.start(), r.end(), r.action(), r.fields(),
        r.reviewer() != null ? r.reviewer() : defaultReviewer, r.note(), time, r.text(),
        r.contentSha256());
  }

  private void remember(List<Review> appended) throws IOException {
    cached.addAll(appended);
    set = new ReviewSet(cached);
    cachedSize = size();
  }

  /** Rereads the journal when its size is not what this store last wrote or read. */
  private void refresh() throws IOException {
    long now = size();
    if (now != cachedSize) {
      ReviewJournal.Contents c = journal.read();
      cached = new ArrayList<>(c.reviews());
      problems = c.problems();
      set = new ReviewSet(cached);
      cachedSize = now;
    }
  }

  private long size() throws IOException {
    return Files.exists(journal.file()) ? Files.size(journal.file()) : 0;
  }
}
