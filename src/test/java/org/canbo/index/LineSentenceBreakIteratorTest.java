package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.canbo.model.Document;
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

  @Test
  void boundariesAreTheSentencesAndLineStartsOfEverySeedText() throws Exception {
    for (Document seed : SeedCorpus.load()) {
      String text = seed.text();
      List<Integer> expected = sentencesAndLineStarts(text);
      BreakIterator fromString = new LineSentenceBreakIterator();
      fromString.setText(text);
      BreakIterator fromChars = new LineSentenceBreakIterator();
      fromChars.setText(new StringCharacterIterator(text));
      assertThat(forward(fromString)).as(seed.id()).isEqualTo(expected);
      assertThat(forward(fromChars)).as(seed.id()).isEqualTo(expected);
      // Reused for another text, an iterator forgets the first one.
      fromString.setText(TEXT);
      assertThat(forward(fromString)).containsExactly(0, TEXT.indexOf("Cao"),
          TEXT.indexOf("Huyện"), TEXT.indexOf("Hết"), TEXT.length());
    }
  }

  @Test
  void boundariesAskedOutOfOrderOnAFreshTextAreThoseOfTheWholeText() throws Exception {
    for (Document seed : SeedCorpus.load()) {
      String text = seed.text();
      List<Integer> all = sentencesAndLineStarts(text);
      java.util.Random random = new java.util.Random(seed.id().hashCode());
      for (int k = 0; k < 50; k++) {
        int offset = random.nextInt(text.length() + 1);
        // Each asked first, before any other boundary was found, and then after one far ahead.
        BreakIterator fresh = new LineSentenceBreakIterator();
        fresh.setText(text);
        int after = all.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
        int before = all.stream().filter(b -> b < offset).reduce((x, y) -> y).orElse(BreakIterator.DONE);
        assertThat(fresh.following(offset)).as("%s following %d", seed.id(), offset).isEqualTo(after);
        fresh.setText(text);
        assertThat(fresh.preceding(offset)).as("%s preceding %d", seed.id(), offset).isEqualTo(before);
        BreakIterator clone = (BreakIterator) fresh.clone();
        assertThat(fresh.following(text.length() - 1)).isEqualTo(text.length());
        assertThat(fresh.preceding(offset)).isEqualTo(before);
        assertThat(forward(clone)).as("a clone taken half-way goes on alone").isEqualTo(all);
        assertThat(fresh.last()).isEqualTo(text.length());
      }
    }
  }

  @Test
  void knownSentencesAreTheBoundariesWithTheLineStartsAndOtherTextsTheJdks() throws Exception {
    for (Document seed : SeedCorpus.load()) {
      String text = seed.text();
      // Every tenth line start as a sentence start, and one sentence starting mid-line.
      List<Integer> starts = new ArrayList<>();
      for (int i = text.indexOf('\n'), k = 0; i >= 0; i = text.indexOf('\n', i + 1), k++) {
        if (k % 10 == 0) {
          starts.add(i + 1);
        }
      }
      int mid = text.indexOf(". ", text.length() / 2) + 2;
      starts.add(mid);
      TreeSet<Integer> expected = new TreeSet<>(starts);
      expected.add(0);
      expected.add(text.length());
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        expected.add(i + 1);
      }
      int[] known = starts.stream().mapToInt(Integer::intValue).toArray();
      BreakIterator it = new LineSentenceBreakIterator(t -> t.equals(text) ? known : null);
      it.setText(text);
      assertThat(forward(it)).as(seed.id()).isEqualTo(new ArrayList<>(expected));
      assertThat(it.following(mid - 1)).isEqualTo(mid);
      assertThat(it.preceding(mid + 1)).isEqualTo(mid);
      assertThat(((BreakIterator) it.clone()).last()).isEqualTo(text.length());
      it.setText(TEXT); // not known: the JDK's sentences
      assertThat(forward(it)).containsExactly(0, TEXT.indexOf("Cao"), TEXT.indexOf("Huyện"),
          TEXT.indexOf("Hết"), TEXT.length());
    }
  }

  /** The JDK's sentence boundaries, every line start, the start and the end, sorted. */
  private static List<Integer> sentencesAndLineStarts(String text) {
    TreeSet<Integer> all = new TreeSet<>(List.of(0, text.length()));
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
      all.add(b);
    }
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      all.add(i + 1);
    }
    return new ArrayList<>(all);
  }

  private static List<Integer> forward(BreakIterator it) {
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }
}
