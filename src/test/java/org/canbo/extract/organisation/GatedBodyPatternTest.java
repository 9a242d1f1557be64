package org.canbo.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.canbo.text.GatedMatcherEquivalence;
import org.junit.jupiter.api.Test;

/** The gated body search ({@link BodyVocabulary#finder}) finds exactly what the plain pattern finds. */
class GatedBodyPatternTest {
  private static final BodyVocabulary VOCABULARY = BodyVocabulary.load();

  @Test
  void sameMatchesAsThePlainFind() throws IOException {
    assertThat(GatedMatcherEquivalence.assertSameMatches(VOCABULARY::matcher, VOCABULARY::finder))
        .isGreaterThan(500);
  }
}
