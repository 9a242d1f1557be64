package org.canbo.ingest.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table laid out on a grid the way browsers do: each cell takes the first free
 * column of its row and covers {@code colspan × rowspan} positions.
 */
final class TableGrid {
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<Boolean>> taken = new ArrayList<>();
  private int width;

  /**
   * Places a cell in row {@code r}; a header cell's text fills every position it covers, a body
   * cell's only its first.
   */
  void place(int r, String text, int colspan, int rowspan, boolean header) {
    int c = firstFree(r);
    for (int dr = 0; dr < rowspan; dr++) {
      for (int dc = 0; dc < colspan; dc++) {
        boolean origin = dr == 0 && dc == 0;
        set(r + dr, c + dc, origin || header ? text : "");
      }
    }
  }

  int width() {
    return width;
  }

  /** Row {@code r} padded with empty cells to the grid's width. */
  List<String> row(int r) {
    List<String> row = new ArrayList<>(r < rows.size() ? rows.get(r) : List.of());
    while (row.size() < width) {
      row.add("");
    }
    for (int c = 0; c < row.size(); c++) {
      if (row.get(c) == null) {
        row.set(c, "");
      }
    }
    return row;
  }

  private int firstFree(int r) {
    ensureRow(r);
    List<Boolean> used = taken.get(r);
    int c = 0;
    while (c < used.size() && used.get(c)) {
      c++;
    }
    return c;
  }

  private void set(int r, int c, String text) {
    ensureRow(r);
    List<String> row = rows.get(r);
    List<Boolean> used = taken.get(r);
    while (row.size() <= c) {
      row.add(null);
      used.add(false);
    }
    row.set(c, text);
    used.set(c, true);
    width = Math.max(width, c + 1);
  }

  private void ensureRow(int r) {
    while (rows.size() <= r) {
      rows.add(new ArrayList<>());
      taken.add(new ArrayList<>());
    }
  }
}
