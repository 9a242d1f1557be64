package org.canbo.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.GatedMatcher;
import org.canbo.text.GatedMatcherEquivalence;
import org.junit.jupiter.api.Test;

/**
 * The gated search for type words and committees ({@link PlaceFinder#introGate()}) finds exactly
 * what the plain {@link PlaceFinder#intro()} finds.
 */
class GatedIntroPatternTest {
  @Test
  void sameMatchesAsThePlainFind() throws IOException {
    PlaceFinder finder = new PlaceFinder(Gazetteer.load());
    assertThat(GatedMatcherEquivalence.assertSameMatches(
        finder.intro()::matcher,
        text -> new GatedMatcher(finder.intro(), finder.introGate(), text)))
        .isGreaterThan(500);
  }
}
