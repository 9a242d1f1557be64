package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSentenceBreakIteratorTest {
  private static final String TEXT = "Chủ nhật, 09/08/2020\nCao Lộc: Chuyển biến. Huyện ủy họp.\nHết";

  @Test
  void breaksAfterSentencesAndLineBreaks() {
    BreakIterator it = new LineSentenceBreakIterator();
    it.setText(TEXT);
    List<Integer> forward = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      forward.add(b);
    }
    int cao = TEXT.indexOf("Cao");
    int huyen = TEXT.indexOf("Huyện");
    int het = TEXT.indexOf("Hết");
    assertThat(forward).containsExactly(0, cao, huyen, het, TEXT.length());
    assertThat(it.following(cao)).isEqualTo(huyen);
    assertThat(it.current()).isEqualTo(huyen);
    assertThat(it.preceding(cao)).isEqualTo(0);
    assertThat(it.preceding(cao + 1)).isEqualTo(cao);
    assertThat(it.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
    assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(it.last()).isEqualTo(TEXT.length());
    assertThat(it.previous()).isEqualTo(het);
  }
}
