package org.canbo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewJournalTest {
  @TempDir Path index;

  static Review confirm(String doc, int start, String note) {
    return new Review(doc, ItemType.FIGURE, start, start + 9, ReviewAction.CONFIRM, null, "Lan",
        note, "2024-05-01T10:00:00Z", null, null);
  }

  @Test
  void tornLastLineIsReportedIgnoredAndCutBeforeTheNextAppend() throws Exception {
    ReviewJournal journal = new ReviewJournal(index);
    journal.append(confirm("a", 0, "một"));
    journal.append(confirm("a", 20, "hai"));
    Files.write(journal.file(), "{\"doc\":\"a\",\"type\":\"fig".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);

    ReviewJournal.Contents read = journal.read();
    assertThat(read.reviews()).extracting(Review::note).containsExactly("một", "hai");
    assertThat(read.problems()).singleElement().asString().contains("line 3: torn last line ignored");

    journal.append(confirm("a", 40, "ba"));
    read = journal.read();
    assertThat(read.problems()).isEmpty();
    assertThat(read.reviews()).extracting(Review::note).containsExactly("một", "hai", "ba");
  }

  @Test
  void aBadLineInTheMiddleIsReportedAndTheRestRead() throws Exception {
    ReviewJournal journal = new ReviewJournal(index);
    journal.append(confirm("a", 0, "một"));
    Files.writeString(journal.file(), "{\"doc\":\"a\",\"type\":\"figure\",\"start\":0,\"end\":9,"
        + "\"action\":\"maybe\"}\n", StandardOpenOption.APPEND);
    journal.append(confirm("a", 20, "hai"));
    ReviewJournal.Contents read = journal.read();
    assertThat(read.reviews()).extracting(Review::note).containsExactly("một", "hai");
    assertThat(read.problems()).singleElement().asString().contains("line 2: action: must be confirm");
  }

  @Test
  void concurrentWritersAreSerialisedAndEveryEditIsKept() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        ReviewJournal own = new ReviewJournal(index); // separate instances share the lock
        for (int i = 0; i < 50; i++) {
          own.append(confirm("bài " + thread, 0, "sửa " + i));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    ReviewJournal.Contents read = new ReviewJournal(index).read();
    assertThat(read.problems()).isEmpty();
    assertThat(read.reviews()).hasSize(200);
    // Two edits of one item: both in the journal, the last one applies.
    assertThat(read.reviews()).filteredOn(r -> r.doc().equals("bài 2")).hasSize(50)
        .last().extracting(Review::note).isEqualTo("sửa 49");
  }
}
