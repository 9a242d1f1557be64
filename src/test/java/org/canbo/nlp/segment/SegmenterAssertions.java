package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.canbo.model.Span;

/** Shared checks: spans in order, inside the text, not overlapping, covering every non-space. */
final class SegmenterAssertions {
  private SegmenterAssertions() {}

  static String underscored(String text, List<Span> spans) {
    return spans.stream()
        .map(s -> s.coveredText(text).replaceAll("\\s", "_"))
        .collect(Collectors.joining(" "));
  }

  static void assertWellFormed(String text, List<Span> spans) {
    int previousEnd = 0;
    for (Span s : spans) {
      assertThat(s.start()).as("span %s starts after the previous end", s).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).as("span %s inside text", s).isLessThanOrEqualTo(text.length());
      assertThat(s.length()).as("span %s not empty", s).isPositive();
      assertThat(Chars.isSpace(text.charAt(s.start()))).as("span %s starts on a space", s).isFalse();
      assertThat(Chars.isSpace(text.charAt(s.end() - 1))).as("span %s ends on a space", s).isFalse();
      for (int i = previousEnd; i < s.start(); i++) {
        assertThat(Chars.isSpace(text.charAt(i))).as("char %d '%s' not in any span", i, text.charAt(i)).isTrue();
      }
      previousEnd = s.end();
    }
    for (int i = previousEnd; i < text.length(); i++) {
      assertThat(Chars.isSpace(text.charAt(i))).as("trailing char %d not in any span", i).isTrue();
    }
  }
}
