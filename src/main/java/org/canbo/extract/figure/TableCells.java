package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a clean text, as ingest writes them: one row per line, cells separated by
 * {@code " | "}, the header row first ("Huyện | Luân chuyển | Kỷ luật"). For a number in a data
 * cell it gives the cell's column header — where the category is named — and the row's first cell —
 * where the unit is named ("Cao Lộc | 12 | 3"). Immutable, one per document.
 */
final class TableCells {
  static final String SEPARATOR = " | ";

  /** A cell's text range in the clean text, spaces trimmed. */
  record Cell(int start, int end) {}

  /** What a data cell belongs to: its column's header cell (null past the header's width) and its row's first cell. */
  record Position(Cell header, Cell rowHead, Cell cell) {}

  private record Row(int start, int end, List<Cell> cells, Row header) {}

  private final List<Row> rows;

  private TableCells(List<Row> rows) {
    this.rows = rows;
  }

  static TableCells of(String text) {
    List<Row> rows = new ArrayList<>();
    Row header = null;
    int lineStart = 0;
    // the next separator, found by one (vectorised) indexOf per table line instead of a char
    // loop over every line: most articles hold no table, and then it is the only search
    int sep = text.indexOf(SEPARATOR);
    while (sep >= 0 && lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (sep < lineStart) {
        sep = text.indexOf(SEPARATOR, lineStart);
      }
      if (sep >= 0 && sep + SEPARATOR.length() <= lineEnd) {
        Row row = new Row(lineStart, lineEnd, cells(text, lineStart, lineEnd), header);
        rows.add(row);
        if (header == null) {
          header = row;
        }
      } else if (lineEnd > lineStart) {
        header = null; // a line of prose ends the table
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return new TableCells(List.copyOf(rows));
  }

  private static List<Cell> cells(String text, int from, int to) {
    List<Cell> out = new ArrayList<>();
    int start = from;
    while (start <= to) {
      int sep = text.indexOf(SEPARATOR, start);
      int end = sep < 0 || sep >= to ? to : sep;
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      out.add(new Cell(s, e));
      if (end == to) {
        break;
      }
      start = end + SEPARATOR.length();
    }
    return out;
  }

  /** Where {@code pos} stands when it lies in a data cell of a table with a header row. */
  Optional<Position> at(int pos) {
    for (Row r : rows) {
      if (pos < r.start() || pos > r.end()) {
        continue;
      }
      if (r.header() == null) {
        return Optional.empty(); // the header row itself
      }
      for (int k = 0; k < r.cells().size(); k++) {
        Cell cell = r.cells().get(k);
        if (pos >= cell.start() && pos <= cell.end()) {
          Cell head = k < r.header().cells().size() ? r.header().cells().get(k) : null;
          return Optional.of(new Position(head, r.cells().get(0), cell));
        }
      }
    }
    return Optional.empty();
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }
}
