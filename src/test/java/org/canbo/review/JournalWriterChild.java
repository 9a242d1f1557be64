package org.canbo.review;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ReviewJournalCrashTest}: appends reviews to the journal of the index
 * at args[0] forever, printing the number of each review once its append returned (is durable).
 */
public final class JournalWriterChild {
  private JournalWriterChild() {}

  public static void main(String[] args) throws Exception {
    ReviewJournal journal = new ReviewJournal(Path.of(args[0]));
    for (int i = 0; ; i++) {
      journal.append(new Review("000_7ea46ac1337f9b94", ItemType.FIGURE, i, i + 9,
          ReviewAction.CORRECT, ReviewJournalCrashTest.fields(i), "Lan",
          "lần sửa số " + i + " — kiểm tra lại số cán bộ luân chuyển", null, null, null));
      System.out.println(i);
      System.out.flush();
    }
  }
}
