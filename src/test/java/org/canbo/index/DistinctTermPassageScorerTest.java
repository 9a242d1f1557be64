package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class DistinctTermPassageScorerTest {
  private static final List<String> TERMS =
      List.of("cán", "bộ", "cán_bộ", "luân_chuyển", "can", "bo", "huyện_ủy");

  @Test
  void scoresAreLucenesFloatsForRepeatedAndDistinctTerms() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new DistinctTermPassageScorer();
    Random random = new Random(14);
    for (int n = 0; n < 2000; n++) {
      Passage p = passage(random, 1 + random.nextInt(n % 10 == 0 ? 100 : 12));
      int contentLength = p.getEndOffset() + random.nextInt(20_000);
      assertThat(ours.score(p, contentLength)).as("passage %d", n)
          .isEqualTo(lucene.score(p, contentLength));
    }
  }

  @Test
  void aTermRepeatedInThePassageCountsMoreThanOnce() {
    Passage once = passage(List.of("cán_bộ", "luân_chuyển"));
    Passage twice = passage(List.of("cán_bộ", "luân_chuyển", "cán_bộ"));
    PassageScorer ours = new DistinctTermPassageScorer();
    assertThat(ours.score(twice, 5000)).isGreaterThan(ours.score(once, 5000));
  }

  private static Passage passage(Random random, int matches) {
    Passage p = new Passage();
    int start = random.nextInt(5000);
    p.setStartOffset(start);
    p.setEndOffset(Integer.MAX_VALUE); // matches go inside; the end is set after them
    int at = start;
    for (int i = 0; i < matches; i++) {
      String term = TERMS.get(random.nextInt(TERMS.size()));
      // Lucene keeps the first occurrence's frequency in the document; later ones may differ.
      p.addMatch(at, at + term.length(), new BytesRef(term), 1 + random.nextInt(30));
      at += term.length() + 1 + random.nextInt(10);
    }
    p.setEndOffset(at + random.nextInt(50));
    return p;
  }

  private static Passage passage(List<String> terms) {
    Passage p = new Passage();
    p.setStartOffset(100);
    p.setEndOffset(Integer.MAX_VALUE);
    int at = 100;
    for (String t : terms) {
      p.addMatch(at, at + t.length(), new BytesRef(t), 3);
      at += t.length() + 1;
    }
    p.setEndOffset(at);
    return p;
  }
}
