package org.canbo.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.canbo.text.GatedMatcher;
import org.canbo.text.GatedMatcherEquivalence;
import org.junit.jupiter.api.Test;

/**
 * The gated search for type words and committees ({@link PlaceFinder#INTRO_GATE}) finds exactly
 * what the plain {@link PlaceFinder#INTRO} finds.
 */
class GatedIntroPatternTest {
  @Test
  void sameMatchesAsThePlainFind() throws IOException {
    assertThat(GatedMatcherEquivalence.assertSameMatches(
        PlaceFinder.INTRO::matcher,
        text -> new GatedMatcher(PlaceFinder.INTRO, PlaceFinder.INTRO_GATE, text)))
        .isGreaterThan(500);
  }
}
