package org.canbo.ingest.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the headline: the line next to the dateline, or glued to it, else the first line when it
 * reads like a headline; section labels, breadcrumbs and whole sentences are not headlines.
 */
public final class TitleFinder {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N},.%/]*");
  /** Two sentences in one line: body text, not a headline. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");
  /** Abbreviated type words ("TX. Kỳ Anh") end in a dot without ending a sentence. */
  private static final Pattern ABBREVIATION = Pattern.compile("(?<!\\p{L})(TX|TP|Tp|TT|Q|H|P|\\p{Lu})\\.");
  private static final Pattern LABEL_MARKS = Pattern.compile("^#|\\||\\s/\\s|https?://|@");
  private static final int MIN_TOKENS = 5;
  private static final int MAX_TOKENS = 25;
  /** How far above a dateline a headline may sit (section labels can come between). */
  private static final int LOOK_ABOVE = 3;
  /** Lines at the top where a headline is looked for when there is no dateline. */
  private static final int LOOK_TOP = 3;

  /** A headline found at a line index. */
  public record Title(String text, int line) {}

  private final SourceTagFinder tags = new SourceTagFinder();

  /** Finds the headline given the dateline line and the text glued after the date, if any. */
  public Optional<Title> find(List<String> lines, int datelineLine, String afterDate) {
    if (datelineLine >= 0) {
      if (afterDate != null && isHeadline(afterDate)) {
        return Optional.of(new Title(afterDate, datelineLine));
      }
      for (int i = datelineLine - 1; i >= Math.max(0, datelineLine - LOOK_ABOVE); i--) {
        if (isHeadline(lines.get(i))) {
          return Optional.of(new Title(lines.get(i), i));
        }
      }
      int next = datelineLine + 1;
      if (next < lines.size() && isHeadline(lines.get(next))) {
        return Optional.of(new Title(lines.get(next), next));
      }
      return Optional.empty();
    }
    for (int i = 0; i < Math.min(LOOK_TOP, lines.size()); i++) {
      String line = lines.get(i);
      if (isLabel(line)) {
        continue;
      }
      return isHeadline(line) ? Optional.of(new Title(line, i)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Length of a headline, one sentence at most, no breadcrumb marks, not the tagged lead. */
  public boolean isHeadline(String line) {
    int tokens = tokens(line);
    return tokens >= MIN_TOKENS && tokens <= MAX_TOKENS
        && !SENTENCE_BREAK.matcher(ABBREVIATION.matcher(line).replaceAll("$1")).find()
        && !LABEL_MARKS.matcher(line).find()
        && !line.endsWith(":")
        && tags.leadTag(line).isEmpty();
  }

  private static boolean isLabel(String line) {
    return LABEL_MARKS.matcher(line).find() || (tokens(line) < MIN_TOKENS && !line.endsWith("."));
  }

  private static int tokens(String s) {
    int n = 0;
    var m = TOKEN.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
