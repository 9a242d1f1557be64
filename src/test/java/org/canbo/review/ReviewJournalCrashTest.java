package org.canbo.review;

import org.canbo.Await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.canbo.TestModels;
import org.canbo.index.LuceneIndex;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while appending reviews loses at most the review being written:
 * every review whose append returned is read back, the torn tail (if any) is reported, and the
 * Lucene index in the same directory still passes CheckIndex.
 */
class ReviewJournalCrashTest {
  private static final int ACKNOWLEDGED_BEFORE_KILL = 300;
  @TempDir Path index;

  static ObjectNode fields(int i) {
    return JsonNodeFactory.instance.objectNode().put("value", i).put("category", "rotation");
  }

  @Test
  void killDuringAppendsKeepsEveryAcknowledgedReview() throws Exception {
    try (LuceneIndex lucene = new LuceneIndex(index, "test", TestModels.SEGMENTER)) {
      lucene.accept(Document.of("000_7ea46ac1337f9b94", null,
          "Thị xã đã luân chuyển 10 cán bộ về cơ sở.", ArticleMetadata.EMPTY));
      lucene.commit();
    }
    Process child = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            JournalWriterChild.class.getName(), index.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    AtomicInteger acknowledged = new AtomicInteger(-1);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          acknowledged.set(Integer.parseInt(line.strip()));
        }
      } catch (Exception e) {
        // the pipe closes when the child is killed
      }
    });
    reader.start();
    Await.until(ACKNOWLEDGED_BEFORE_KILL + " acknowledged reviews",
        () -> acknowledged.get() >= ACKNOWLEDGED_BEFORE_KILL || !child.isAlive());
    assertThat(child.isAlive()).as("writer still running when killed").isTrue();
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Unix
    reader.join(10_000);
    int acked = acknowledged.get();
    assertThat(acked).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

    ReviewJournal journal = new ReviewJournal(index);
    ReviewJournal.Contents read = journal.read();
    assertThat(read.reviews().size()).isGreaterThan(acked);
    for (int i = 0; i <= acked; i++) {
      Review r = read.reviews().get(i);
      assertThat(r.start()).isEqualTo(i);
      assertThat(r.fields().get("value").intValue()).isEqualTo(i);
    }
    assertThat(read.problems()).allSatisfy(p -> assertThat(p).contains("torn last line ignored"));

    journal.append(ReviewJournalTest.confirm("000_7ea46ac1337f9b94", 0, "sau khi khởi động lại"));
    ReviewJournal.Contents after = journal.read();
    assertThat(after.problems()).isEmpty();
    assertThat(after.reviews()).last().extracting(Review::note).isEqualTo("sau khi khởi động lại");

    try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
  }
}
