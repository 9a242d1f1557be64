package org.canbo.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Writes a data table as text a reader (and the figure extractor) can map cell to column:
 *
 * <pre>
 * Số cán bộ luân chuyển năm 2020          ← the caption, if any, on its own line
 * Đơn vị | Số cán bộ / Nam | Số cán bộ / Nữ   ← the header line
 * Huyện A | 12 | 3                        ← one line per row
 * Huyện B | 8 |                           ← an empty cell leaves nothing after its bar
 * </pre>
 *
 * <p>Every row is one line with the same number of cells, separated by {@code " | "} (after the
 * text cleaner collapses spaces an empty cell reads {@code "a | | b"}). The first line of a table
 * is its header: the {@code <thead>} rows, else the leading rows of {@code <th>} cells only, else
 * the first row. A header cell spanning columns is repeated in each; several header rows merge
 * per column with {@code " / "}. A body cell spanning rows or columns is written once, in its
 * first column, the positions it covers left empty (so no number is written twice). A cell's
 * own line breaks become spaces. Rows with no text are left out.
 */
final class TableWriter {
  private static final String SEPARATOR = " | ";
  /** Beyond these spans a page is more likely broken than tabular; clamp to keep the grid small. */
  private static final int MAX_SPAN = 64;

  private final BlockTextWriter cells;

  TableWriter(BlockTextWriter cells) {
    this.cells = cells;
  }

  /**
   * A table holding data rather than page layout: not marked presentational, no table inside,
   * no headings in it, and at least one row with two cells. Layout tables are written as blocks.
   */
  static boolean isDataTable(Element table) {
    String role = table.attr("role");
    if ("presentation".equals(role) || "none".equals(role)
        || !table.select("table table, h1, h2, h3, h4, h5, h6").isEmpty()) {
      return false;
    }
    for (Element row : table.select("tr")) {
      if (row.select("> td, > th").size() >= 2) {
        return true;
      }
    }
    return false;
  }

  BlockText write(Element table) {
    List<Element> rows = rows(table);
    int headerRows = headerRowCount(table, rows);
    TableGrid grid = new TableGrid();
    int words = 0;
    for (int r = 0; r < rows.size(); r++) {
      boolean header = r < headerRows;
      for (Element cell : rows.get(r).select("> td, > th")) {
        BlockText text = cells.writeInline(cell);
        words += text.proseWords();
        grid.place(r, text.text().strip(), span(cell, "colspan"), span(cell, "rowspan"), header);
      }
    }
    StringBuilder out = new StringBuilder();
    Element caption = table.selectFirst("> caption");
    if (caption != null) {
      BlockText text = cells.writeInline(caption);
      words += text.proseWords();
      appendLine(out, text.text().strip());
    }
    if (headerRows > 0) {
      appendLine(out, mergedHeader(grid, headerRows));
    }
    for (int r = headerRows; r < rows.size(); r++) {
      appendLine(out, join(grid.row(r)));
    }
    return new BlockText(out.toString(), words);
  }

  /** Rows in reading order: head, body, then foot (which old pages put before the body). */
  private static List<Element> rows(Element table) {
    List<Element> head = table.select("> thead > tr");
    List<Element> foot = table.select("> tfoot > tr");
    List<Element> rows = new ArrayList<>(head);
    for (Element row : table.select("tr")) {
      if (!head.contains(row) && !foot.contains(row)) {
        rows.add(row);
      }
    }
    rows.addAll(foot);
    return rows;
  }

  private static int headerRowCount(Element table, List<Element> rows) {
    int head = table.select("> thead > tr").size();
    if (head > 0 || rows.isEmpty()) {
      return Math.min(head, rows.size());
    }
    int th = 0;
    while (th < rows.size() && rows.get(th).select("> td").isEmpty()
        && !rows.get(th).select("> th").isEmpty()) {
      th++;
    }
    return Math.max(th, 1);
  }

  private static String mergedHeader(TableGrid grid, int headerRows) {
    List<String> merged = new ArrayList<>();
    for (int c = 0; c < grid.width(); c++) {
      Set<String> parts = new LinkedHashSet<>();
      for (int r = 0; r < headerRows; r++) {
        String text = grid.row(r).get(c);
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
      merged.add(String.join(" / ", parts));
    }
    return join(merged);
  }

  private static String join(List<String> cells) {
    return cells.stream().allMatch(String::isEmpty) ? "" : String.join(SEPARATOR, cells);
  }

  private static void appendLine(StringBuilder out, String line) {
    if (!line.isBlank()) {
      out.append(out.length() == 0 ? "" : "\n").append(line);
    }
  }

  private static int span(Element cell, String attribute) {
    try {
      return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(cell.attr(attribute).strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
