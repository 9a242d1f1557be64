package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column detection on plain glyph boxes: prose columns split, rows of forms and tables kept. */
class ColumnLayoutTest {
  private static final float GLYPH = 5;
  private static final float LEADING = 13;
  private final List<ColumnLayout.Box> boxes = new ArrayList<>();

  /** Adds a line of {@code chars} glyphs (a blank every sixth) and returns their indices. */
  private List<Integer> line(float x, int row, int chars) {
    List<Integer> added = new ArrayList<>();
    for (int i = 0; i < chars; i++) {
      added.add(boxes.size());
      boxes.add(new ColumnLayout.Box(x + i * GLYPH, GLYPH, 100 + row * LEADING, 7, i % 6 == 5));
    }
    return added;
  }

  /** The groups, checked to hold every glyph exactly once: column detection never drops text. */
  private List<List<Integer>> groups() {
    List<List<Integer>> groups = ColumnLayout.groups(boxes);
    List<Integer> all = new ArrayList<>();
    groups.forEach(all::addAll);
    all.sort(null);
    assertThat(all).hasSize(boxes.size()).doesNotHaveDuplicates()
        .allMatch(i -> i >= 0 && i < boxes.size());
    return groups;
  }

  @Test
  void proseColumnsWrittenRowByRowAreSplitLeftThenRight() {
    List<Integer> headline = line(50, 0, 60);
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int row = 2; row < 8; row++) {
      left.addAll(line(50, row, row == 7 ? 12 : 30));
      right.addAll(line(230, row, row == 4 ? 9 : 31));
    }
    List<Integer> footer = line(50, 9, 70);
    assertThat(groups().stream().map(List::size).toList())
        .containsExactly(headline.size(), left.size(), right.size(), footer.size());
    assertThat(groups()).containsExactly(headline, left, right, footer);
  }

  @Test
  void aFormOfLabelsAndValuesStaysInRows() {
    int[] labels = {6, 12, 8, 10, 7, 9};
    int[] values = {20, 5, 14, 25, 9, 17};
    for (int row = 0; row < labels.length; row++) {
      line(50, row, labels[row]);
      line(200, row, values[row]);
    }
    assertThat(groups()).hasSize(1);
  }

  @Test
  void twoLinesAreNotEnoughForColumns() {
    line(50, 0, 30);
    line(230, 0, 30);
    line(50, 1, 30);
    line(230, 1, 30);
    assertThat(groups()).hasSize(1);
  }

  @Test
  void singleColumnTextIsOneGroupInItsOriginalOrder() {
    for (int row = 0; row < 10; row++) {
      line(50, row, row % 3 == 2 ? 20 : 60);
    }
    List<List<Integer>> groups = groups();
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0)).isSorted().hasSize(boxes.size());
  }
}
