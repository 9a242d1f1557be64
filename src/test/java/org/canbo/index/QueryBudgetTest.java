package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.canbo.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a query may cost before it runs, and the time limit covering Lucene's rewriting. */
class QueryBudgetTest {
  private final UserQueryParser parser = new UserQueryParser(IndexSchema.analyzer(TestModels.SEGMENTER));

  private static String words(int n, String suffix) {
    return IntStream.range(0, n).mapToObj(i -> "nghieepjvu" + (char) ('a' + i) + suffix)
        .collect(Collectors.joining(" "));
  }

  @Test
  void typoWordsWithinTheExpansionBudgetParse() {
    // 8 words × 4 fields × 32 closest terms = 1024 expanded terms at most.
    QueryBudget cost = QueryBudget.of(parser.parse(words(8, "~2")));
    assertThat(cost.expandedTerms()).isEqualTo(8 * 4 * UserQueryParser.MAX_TYPO_EXPANSIONS);
    assertThat(cost.within()).isTrue();
  }

  @Test
  void typoWordsOverTheExpansionBudgetAreRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse(words(12, "~2")));
    assertThat(e).hasMessageContaining("too expensive")
        .hasMessageContaining("may expand to 1536 terms over all fields, at most 1024");
  }

  @Test
  void prefixWordsCountTheirLargerExpansion() {
    assertThat(QueryBudget.of(parser.parse("ca* ch* tr* ng*")).within()).isTrue();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse("ca* ch* tr* ng* th*"));
    assertThat(e).hasMessageContaining("a word with * expands to up to 64 terms per field");
  }

  @Test
  void theTypoRetryIsSkippedRatherThanRefusedWhenItWouldGoOverBudget() {
    assertThat(parser.parseWithTypos(words(4, ""))).isPresent();
    assertThat(parser.parseWithTypos(words(12, ""))).isEmpty();
  }

  @Test
  void theTimeLimitStopsTypoExpansionItself(@TempDir Path dir) throws Exception {
    SeedCorpus.index(dir);
    try (CorpusSearcher searcher = new CorpusSearcher(dir, TestModels.SEGMENTER, Duration.ofNanos(1))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> searcher.search(SearchRequest.of(words(8, "~2"), 10)));
      assertThat(e).hasMessageContaining("took longer than");
      // Stopped while enumerating the terms the typo words expand to, not after.
      assertThat(e).hasCauseInstanceOf(ExitableDirectoryReader.ExitingReaderException.class);
    }
  }
}
