package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.canbo.text.GatedMatcherEquivalence;
import org.junit.jupiter.api.Test;

/**
 * The gated document-word search ({@link DocumentVocabulary#typeFinder}) finds exactly what the
 * plain document-word pattern finds.
 */
class GatedTypePatternTest {
  private static final DocumentVocabulary VOCABULARY = DocumentVocabulary.load();

  @Test
  void sameMatchesAsThePlainFind() throws IOException {
    assertThat(GatedMatcherEquivalence.assertSameMatches(
        text -> VOCABULARY.typePattern().matcher(text), VOCABULARY::typeFinder))
        .isGreaterThan(100);
  }
}
