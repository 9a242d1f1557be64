package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * The typed-unit pattern searched behind {@link IntroducerGate} finds exactly what a plain search
 * of the region finds ({@link ScopeResolver} reads sentence heads, list items and the stretch after
 * a unit this way), in regions starting and ending anywhere in the seed and dev texts, and in the
 * edge cases of the look-behind at the region's start.
 */
class IntroducerGateTest {
  private static final ScopeResolver SCOPES = new ScopeResolver(FigureTestSupport.GAZETTEER);

  @Test
  void sameMatchesAsThePlainSearchOnSeedAndDevTexts() throws IOException {
    int matches = 0;
    int regions = 0;
    for (String text : SampleTexts.cleanTexts()) {
      for (int from = 0; from < text.length(); from += 7) {
        for (int length : new int[] {30, 80, 200}) {
          int to = Math.min(text.length(), from + length);
          List<String> expected = plain(text, from, to);
          assertThat(gated(text, from, to)).as("[%d, %d)", from, to).isEqualTo(expected);
          matches += expected.size();
          regions++;
        }
      }
    }
    assertThat(regions).isGreaterThan(10_000);
    assertThat(matches).isGreaterThan(1_000);
  }

  @Test
  void edgeCases() {
    for (String text : List.of("xhuyện Gia Lâm", "Huyện Gia Lâm, tỉnh Hà Nam", "TP.Hồ Chí Minh",
        "5tỉnh Bắc Ninh", "Tỉnh ủy Quảng Ninh và TP Hạ Long", "𝐀tỉnh Hà Giang", "tỉnh", "")) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertThat(gated(text, from, to)).as("%s [%d, %d)", text, from, to)
              .isEqualTo(plain(text, from, to));
        }
      }
    }
  }

  private static List<String> plain(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = SCOPES.typed().matcher(text).region(from, to);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> gated(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = SCOPES.typed().matcher(text);
    for (int at = from; SCOPES.typedGate().find(m, text, from, at, to); at = m.end()) {
      out.add(describe(m));
    }
    return out;
  }

  private static String describe(Matcher m) {
    return m.start() + "-" + m.end() + " " + m.group(1) + "|" + m.group(2);
  }

  @Test
  void theGateAdmitsOnlyWrittenIntroducers() {
    Pattern typed = SCOPES.typed();
    assertThat(typed.pattern()).startsWith("(?<!\\p{L})(");
    assertThat(SCOPES.typedGate().wordAt("huyện Gia Lâm", 0, 13)).isTrue();
    assertThat(SCOPES.typedGate().wordAt("huyện Gia Lâm", 0, 3)).isFalse();
    assertThat(SCOPES.typedGate().wordAt("Gia Lâm", 0, 7)).isFalse();
  }
}
