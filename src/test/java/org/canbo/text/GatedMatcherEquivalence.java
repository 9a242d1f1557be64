package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.canbo.SampleTexts;

/**
 * Test support: a gated search must find exactly what the plain {@code find(from)} of its pattern
 * finds, on the seeds and (when present) the dev excerpts, as written, upper-cased and lower-cased,
 * searching on from each match's end and from just after each match's start.
 */
public final class GatedMatcherEquivalence {
  private GatedMatcherEquivalence() {}

  /** Asserts equal matches on every text variant; returns how many matches were compared. */
  public static int assertSameMatches(
      Function<String, Matcher> plain, Function<String, GatedMatcher> gated) throws IOException {
    int matches = 0;
    for (String text : SampleTexts.cleanTexts()) {
      for (String v : List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))) {
        String canonical = ToneMarks.canonical(v);
        for (boolean fromEnd : List.of(true, false)) {
          List<String> expected = plainMatches(plain.apply(canonical), canonical, fromEnd);
          GatedMatcher g = gated.apply(canonical);
          List<String> actual = new ArrayList<>();
          for (int from = 0; from < canonical.length() && g.find(from);
              from = fromEnd ? g.matcher().end() : g.matcher().start() + 1) {
            Matcher gm = g.matcher();
            actual.add(gm.start() + "-" + gm.end() + ":" + gm.group());
          }
          assertThat(actual).isEqualTo(expected);
          matches += expected.size();
        }
      }
    }
    return matches;
  }

  private static List<String> plainMatches(Matcher m, String text, boolean fromEnd) {
    List<String> out = new ArrayList<>();
    for (int from = 0; from < text.length() && m.find(from); from = fromEnd ? m.end() : m.start() + 1) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

}
