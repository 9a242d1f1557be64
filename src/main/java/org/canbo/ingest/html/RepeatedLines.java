package org.canbo.ingest.html;

import java.util.HashSet;
import java.util.Set;

/**
 * Drops a paragraph that repeats an earlier one word for word: photo carousels and responsive
 * layouts print the same caption or lead two or three times, and a figure in it would count twice.
 * Short lines ("Ảnh: ...", a bare number) and table rows may legitimately repeat and are kept.
 */
final class RepeatedLines {
  private static final int MIN_WORDS = 6;

  private RepeatedLines() {}

  static String drop(String text) {
    Set<String> seen = new HashSet<>();
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      boolean long_ = BlockTextWriter.countWords(line) >= MIN_WORDS && !line.contains(" | ");
      if (long_ && !seen.add(line)) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "\n").append(line);
    }
    return out.toString();
  }
}
